import type { Db } from "~/db/db.server";
import { getEnv } from "~/env.server";
import { log } from "~/utils/log.server";
import { transportName } from "./transport.server";
import type { WebhookConfigs } from "./webhook.server";
import { startDeliveryWorker } from "./worker.server";
import { defaultRetryPolicy } from "./backoff";

const BATCH_SIZE = 10;

/**
 * Called once at boot: starts delivering the outbox with settings from the
 * environment, unless EMAIL_WORKER=off (e.g. a process that only serves
 * pages while another delivers). Returns the function that stops it.
 */
export function startEmail({ db, webhooks }: { db: Db; webhooks?: WebhookConfigs }): () => Promise<void> {
  const env = getEnv();
  if (env.EMAIL_WORKER === "off") {
    log.info("email.worker_off");
    return async () => {};
  }
  const transport = transportName(env);
  // Not an error (`npm start` runs in production mode on a laptop), but a real deployment must set a token.
  if (transport === "local-outbox" && env.NODE_ENV === "production") log.warn("email.no_postmark_token", { transport });
  const worker = startDeliveryWorker({
    db,
    webhooks,
    intervalMs: env.EMAIL_WORKER_INTERVAL_MS,
    leaseMs: env.EMAIL_WORKER_LEASE_MS,
    batchSize: BATCH_SIZE,
    policy: { ...defaultRetryPolicy, baseDelayMs: env.EMAIL_RETRY_BASE_MS },
  });
  log.info("email.transport", { transport });
  return worker.stop;
}
