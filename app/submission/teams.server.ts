import { getEnv } from "~/env.server";
import type { WebhookConfig, WebhookConfigs } from "~/email/webhook.server";
import { TEAMS, type Team } from "./types";

/** The base of links in emails (save and return, consent). */
export function publicOrigin(request: Request): string {
  return getEnv().PUBLIC_URL?.replace(/\/$/, "") ?? new URL(request.url).origin;
}

/** Where a team receives complaints (and news of them, such as a consent answer). */
export function teamInbox(team: Team): string {
  const env = getEnv();
  return { lgsco: env.INBOX_LGSCO, phso: env.INBOX_PHSO, jwt: env.INBOX_JWT, psow: env.INBOX_PSOW }[team];
}

/** Each team's signed webhook, for those that set one: what submissions enqueue for and the worker sends to. */
export function teamWebhooks(): WebhookConfigs {
  const env = getEnv();
  const configs: Record<string, WebhookConfig> = {};
  for (const team of TEAMS) {
    const key = team.toUpperCase() as "LGSCO" | "PHSO" | "JWT" | "PSOW";
    const url = env[`WEBHOOK_${key}_URL`];
    const secret = env[`WEBHOOK_${key}_SECRET`];
    if (url && secret) configs[team] = { url, secret };
  }
  return configs;
}
