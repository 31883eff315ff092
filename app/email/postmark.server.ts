import crypto from "node:crypto";
import { Errors, Models, ServerClient } from "postmark";
import { getEnv, type Env } from "~/env.server";
import { log } from "~/utils/log.server";
import type { Deliver, EmailMessage, SendResult } from "./types";

/**
 * The only module that talks to Postmark. Every outcome becomes a SendResult;
 * error strings carry status and error codes only, never Postmark's message
 * text, which quotes addresses.
 */
export type PostmarkConfig = {
  serverToken: string;
  /** e.g. http://127.0.0.1:PORT for the loopback stand-in; Postmark's API when unset. */
  apiUrl?: string;
  from: string;
  messageStream: string;
  timeoutSeconds?: number;
};

const IDEMPOTENCY_HEADER = "X-Idempotency-Key";

// Postmark has no idempotency key of its own; these make a duplicate traceable in its activity log.
const METADATA_KEY = "idempotency_key";
const METADATA_MAX = 80; // Postmark's limit on a metadata value

// 422 codes about our sender or account, not the message: an operator can fix them, so keep retrying.
// Postmark API error codes: 400 sender signature not found, 401 not confirmed, 405 not allowed to send,
// 412 account pending, 413 account may not send.
const SENDER_OR_ACCOUNT_CODES = new Set([400, 401, 405, 412, 413]);
const DESCRIPTIONS: Record<number, string> = {
  300: "invalid email request",
  400: "sender signature not found",
  401: "sender signature not confirmed",
  402: "invalid JSON",
  403: "incompatible JSON",
  405: "not allowed to send",
  406: "inactive recipient",
  409: "JSON required",
  412: "account pending",
  413: "account may not send",
};

export function postmarkConfigFromEnv(env: Env = getEnv()): PostmarkConfig | undefined {
  if (!env.POSTMARK_SERVER_TOKEN) return undefined;
  return {
    serverToken: env.POSTMARK_SERVER_TOKEN,
    apiUrl: env.POSTMARK_API_URL,
    from: env.EMAIL_FROM,
    messageStream: env.POSTMARK_MESSAGE_STREAM,
  };
}

export function createPostmarkSender(config: PostmarkConfig): Deliver {
  const client = new ServerClient(config.serverToken, { ...clientLocation(config.apiUrl), timeout: config.timeoutSeconds ?? 10 });
  return async (message) => {
    try {
      const response = await client.sendEmail({
        From: config.from,
        To: message.to,
        Subject: message.subject,
        HtmlBody: message.html,
        TextBody: message.text,
        ReplyTo: message.replyTo,
        Tag: message.tag,
        MessageStream: message.messageStream ?? config.messageStream,
        Headers: [
          ...Object.entries(message.headers ?? {})
            .filter(([name]) => name.toLowerCase() !== IDEMPOTENCY_HEADER.toLowerCase())
            .map(([Name, Value]) => ({ Name, Value })),
          { Name: IDEMPOTENCY_HEADER, Value: message.idempotencyKey },
        ],
        Metadata: { [METADATA_KEY]: metadataValue(message.idempotencyKey) },
        // Complainants are not tracked.
        TrackOpens: false,
        TrackLinks: Models.LinkTrackingOptions.None,
      });
      return { ok: true, providerMessageId: response.MessageID };
    } catch (error) {
      return classifyPostmarkError(error);
    }
  };
}

let envSender: Deliver | undefined;

/** Send with the settings from the environment. Never throws. */
export async function sendEmail(message: EmailMessage): Promise<SendResult> {
  if (!envSender) {
    const config = postmarkConfigFromEnv();
    if (!config) {
      log.error("email.postmark.not_configured");
      return { ok: false, retryable: true, error: "postmark: no server token configured" };
    }
    envSender = createPostmarkSender(config);
  }
  return envSender(message);
}

function classifyPostmarkError(error: unknown): Extract<SendResult, { ok: false }> {
  if (!(error instanceof Errors.PostmarkError)) {
    return { ok: false, retryable: true, error: `postmark: unexpected ${error instanceof Error ? error.name : typeof error}` };
  }
  const { statusCode: status, code } = error;
  if (status === 0) {
    // No HTTP response: fetch failed or the client's timeout aborted it.
    const timedOut = /timeout|aborted/i.test(error.message);
    return { ok: false, retryable: true, error: timedOut ? "postmark: timed out" : "postmark: network error" };
  }
  const described = `postmark: HTTP ${status}${code ? `, error code ${code}${DESCRIPTIONS[code] ? ` (${DESCRIPTIONS[code]})` : ""}` : ""}`;
  if (status === 401 || status === 403) {
    log.error("email.postmark.misconfigured", { status, code, fix: "check POSTMARK_SERVER_TOKEN" });
    return { ok: false, retryable: true, error: described };
  }
  if (status === 422) {
    // Postmark reports an unverified From address as code 300 too; only its message text tells them apart.
    if (SENDER_OR_ACCOUNT_CODES.has(code) || /'From' address/i.test(error.message)) {
      log.error("email.postmark.misconfigured", { status, code, fix: "check EMAIL_FROM and the Postmark account" });
      return { ok: false, retryable: true, error: `${described}: sender or account problem` };
    }
    return { ok: false, retryable: false, error: described };
  }
  return { ok: false, retryable: true, error: described };
}

/** ServerClient wants a host and a scheme flag rather than a URL. */
function clientLocation(apiUrl: string | undefined): { useHttps?: boolean; requestHost?: string } {
  if (!apiUrl) return {};
  const url = new URL(apiUrl);
  const path = url.pathname.replace(/\/+$/, "");
  return { useHttps: url.protocol === "https:", requestHost: `${url.host}${path}` };
}

function metadataValue(key: string): string {
  return key.length <= METADATA_MAX ? key : `sha256:${crypto.createHash("sha256").update(key).digest("hex")}`;
}
