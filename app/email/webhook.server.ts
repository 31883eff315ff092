import crypto from "node:crypto";
import * as z from "zod";
import type { SendResult } from "./types";

/**
 * Optional signed JSON webhooks for an ombudsman team's case-management
 * system. The receiver checks X-Complaints-Signature (HMAC-SHA256 of the raw
 * body with the team's secret) and dedupes on X-Idempotency-Key, since a
 * message can arrive more than once.
 */
export const webhookConfigSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  secret: z.string().min(32, "must be at least 32 characters"),
});
export type WebhookConfig = z.infer<typeof webhookConfigSchema>;
/** Per ombudsman team, keyed by the outbox `recipient` of "webhook" messages. */
export type WebhookConfigs = Readonly<Partial<Record<string, WebhookConfig>>>;

const SIGNATURE_HEADER = "X-Complaints-Signature";
const TIMESTAMP_HEADER = "X-Complaints-Timestamp";

export function signBody(rawBody: string, secret: string): string {
  return `sha256=${crypto.createHmac("sha256", secret).update(rawBody).digest("hex")}`;
}

export async function sendWebhook(
  config: WebhookConfig,
  request: { body: unknown; idempotencyKey: string },
  options: { now?: Date; timeoutMs?: number } = {},
): Promise<SendResult> {
  try {
    const raw = JSON.stringify(request.body);
    const response = await fetch(config.url, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        [SIGNATURE_HEADER]: signBody(raw, config.secret),
        [TIMESTAMP_HEADER]: String(Math.floor((options.now ?? new Date()).getTime() / 1000)),
        "X-Idempotency-Key": request.idempotencyKey,
      },
      body: raw,
      // A redirect is a configuration problem to see, not to follow: following would turn the POST into a GET.
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    await response.body?.cancel();
    const status = response.status;
    if (status >= 200 && status < 300) return { ok: true, providerMessageId: `webhook:${status}` };
    // The URL is left out of errors: it may carry a token.
    if (status >= 400 && status < 500 && status !== 408 && status !== 429) return { ok: false, retryable: false, error: `webhook: HTTP ${status}` };
    return { ok: false, retryable: true, error: `webhook: HTTP ${status}` };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return { ok: false, retryable: true, error: timedOut ? "webhook: timed out" : "webhook: network error" };
  }
}
