import crypto from "node:crypto";
import os from "node:os";
import type { Db } from "~/db/db.server";
import { claimDue, markFailed, markRetry, markSent, type OutboxMessage } from "~/models/outbox.server";
import { errorFields, log } from "~/utils/log.server";
import { decideAfterFailure, defaultRetryPolicy, type RetryPolicy } from "./backoff";
import { deliver as transportDeliver } from "./transport.server";
import { emailPayloadSchema, type Deliver, type SendResult } from "./types";
import { sendWebhook, type WebhookConfigs } from "./webhook.server";

/**
 * Delivers the outbox: claims due messages, sends them, records the outcome.
 *
 * Delivery is at least once. Claims are atomic in the model, so several
 * processes can run workers; a message claimed by a process that dies is
 * claimed again once its lease runs out. The idempotency key travels with the
 * message, so the local outbox never writes it twice and a webhook receiver
 * can drop a repeat. Postmark cannot: if a process dies after Postmark
 * accepted a message and before markSent, the message is sent again. That
 * window is kept to one database write, done straight after the response.
 */
export type WorkerOptions = {
  db: Db;
  workerId?: string;
  intervalMs: number;
  /** How long a claim lasts. Must exceed the longest send (10 s timeouts) with room to spare. */
  leaseMs: number;
  batchSize: number;
  deliver?: Deliver;
  webhooks?: WebhookConfigs;
  now?: () => Date;
  random?: () => number;
  policy?: RetryPolicy;
};

export type RunSummary = { sent: number; retried: number; failed: number };

export type DeliveryWorker = {
  /** Stops polling and waits for the batch in flight. */
  stop(): Promise<void>;
  /** One claim-and-send pass; passes never overlap within a worker. */
  runOnce(): Promise<RunSummary>;
};

export function startDeliveryWorker(options: WorkerOptions): DeliveryWorker {
  const {
    db,
    workerId = `${os.hostname()}:${process.pid}:${crypto.randomUUID().slice(0, 8)}`,
    intervalMs,
    leaseMs,
    batchSize,
    deliver = transportDeliver,
    webhooks = {},
    now = () => new Date(),
    random = Math.random,
    policy = defaultRetryPolicy,
  } = options;

  async function send(message: OutboxMessage): Promise<SendResult> {
    if (message.kind === "webhook") {
      const config = Object.hasOwn(webhooks, message.recipient) ? webhooks[message.recipient] : undefined;
      if (!config) {
        // Retry rather than fail: the configuration may arrive with the next deploy.
        log.error("email.webhook.not_configured", { outboxId: message.id, kind: message.kind });
        return { ok: false, retryable: true, error: "webhook: no configuration for this team" };
      }
      return sendWebhook(config, { body: message.payload, idempotencyKey: message.idempotencyKey }, { now: now() });
    }
    const payload = emailPayloadSchema.safeParse(message.payload);
    if (!payload.success) {
      // A bug where the message was queued; resending the same payload cannot fix it.
      const fields = [...new Set(payload.error.issues.map((issue) => issue.path.join(".")))].join(", ");
      return { ok: false, retryable: false, error: `invalid email payload: ${fields}` };
    }
    return deliver({ ...payload.data, to: message.recipient, idempotencyKey: message.idempotencyKey });
  }

  async function processMessage(message: OutboxMessage): Promise<keyof RunSummary> {
    const fields = { outboxId: message.id, kind: message.kind, attempts: message.attempts };
    let result: SendResult;
    try {
      result = await send(message);
    } catch (error) {
      // Senders return results; a throw is a bug, and the message must not be lost to it.
      // Only the class is logged: a sender's message text could quote the recipient.
      log.error("email.send_threw", { ...fields, error: error instanceof Error ? error.name : typeof error });
      result = { ok: false, retryable: true, error: "unexpected error while sending" };
    }
    // Record first, log after: the gap between Postmark's answer and markSent is the window for a duplicate.
    if (result.ok) {
      const settled = await markSent(db, message.id, workerId, { providerMessageId: result.providerMessageId, now: now() });
      if (!settled) log.warn("email.lease_lost", { ...fields, outcome: "sent" });
      log.info("email.sent", { ...fields, providerMessageId: result.providerMessageId });
      return "sent";
    }
    const decision = decideAfterFailure(
      { retryable: result.retryable, attempts: message.attempts, firstQueuedAt: message.createdAt, now: now() },
      random,
      policy,
    );
    if (decision.action === "fail") {
      const settled = await markFailed(db, message.id, workerId, { error: result.error, now: now() });
      if (!settled) log.warn("email.lease_lost", { ...fields, outcome: "failed" });
      log.error("email.failed", { ...fields, error: result.error });
      return "failed";
    }
    const settled = await markRetry(db, message.id, workerId, { error: result.error, nextAttemptAt: decision.nextAttemptAt });
    if (!settled) log.warn("email.lease_lost", { ...fields, outcome: "retry" });
    log.warn("email.retry", { ...fields, error: result.error, nextAttemptAt: decision.nextAttemptAt.toISOString() });
    return "retried";
  }

  async function runBatch(): Promise<RunSummary> {
    const messages = await claimDue(db, { workerId, now: now(), limit: batchSize, leaseMs });
    // Concurrently, so the whole batch finishes within one send timeout, well inside the lease.
    const outcomes = await Promise.all(
      messages.map((message) =>
        processMessage(message).catch((error: unknown) => {
          // Recording the outcome failed (database down): the lease runs out and the message is claimed again.
          log.error("email.record_failed", { outboxId: message.id, kind: message.kind, ...errorFields(error) });
          return undefined;
        }),
      ),
    );
    const summary: RunSummary = { sent: 0, retried: 0, failed: 0 };
    for (const outcome of outcomes) if (outcome) summary[outcome] += 1;
    return summary;
  }

  let chain: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  function runOnce(): Promise<RunSummary> {
    const run = chain.then(runBatch);
    chain = run.catch(() => undefined);
    return run;
  }

  async function tick(): Promise<void> {
    let full = false;
    try {
      const summary = await runOnce();
      full = summary.sent + summary.retried + summary.failed >= batchSize;
    } catch (error) {
      log.error("email.worker_error", errorFields(error));
    }
    // A full batch suggests a backlog: carry on at once rather than waiting.
    if (!stopped) timer = setTimeout(() => void tick(), full ? 0 : intervalMs);
  }

  timer = setTimeout(() => void tick(), intervalMs);
  log.info("email.worker_started", { workerId, intervalMs, leaseMs, batchSize });

  return {
    runOnce,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await chain;
    },
  };
}
