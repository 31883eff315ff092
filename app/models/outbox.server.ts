import crypto from "node:crypto";
import type { ExpressionBuilder } from "kysely";
import { skipLockedRows, type Db } from "~/db/db.server";
import { fromIso, fromIsoOrNull, fromJsonObject, toIso, toJson } from "~/db/codec";
import { OUTBOX_STATUSES, type Database, type OutboxKind, type OutboxStatus, type OutboxTable } from "~/db/schema";

/** The fully rendered message (subject, html, text, headers, or a webhook body), so a retry sends exactly what was promised. */
export type OutboxPayload = Record<string, unknown>;

export interface NewOutboxMessage {
  kind: OutboxKind;
  recipient: string;
  payload: OutboxPayload;
  /** Enqueuing the same key twice keeps the first message. */
  idempotencyKey: string;
  submissionId?: string | null;
  now: Date;
  /** Defaults to now. */
  nextAttemptAt?: Date;
}

export interface OutboxMessage {
  id: string;
  submissionId: string | null;
  idempotencyKey: string;
  kind: OutboxKind;
  recipient: string;
  payload: OutboxPayload;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  lockedBy: string | null;
  lockedUntil: Date | null;
  lastError: string | null;
  providerMessageId: string | null;
  sentAt: Date | null;
  failedAt: Date | null;
  createdAt: Date;
}

/** What an operator page shows: no recipient, no payload. */
export interface OutboxSummary {
  id: string;
  kind: OutboxKind;
  status: OutboxStatus;
  attempts: number;
  submissionId: string | null;
  reference: string | null;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  failedAt: Date | null;
}

const MAX_ERROR_LENGTH = 1000;

/**
 * Add a message; pass a transaction to commit it with the change that caused
 * it. Idempotent on idempotencyKey: a repeat returns the existing id with
 * created false.
 */
export async function enqueue(dbOrTrx: Db, message: NewOutboxMessage): Promise<{ id: string; created: boolean }> {
  const inserted = await dbOrTrx
    .insertInto("outbox")
    .values({
      id: crypto.randomUUID(),
      submission_id: message.submissionId ?? null,
      idempotency_key: message.idempotencyKey,
      kind: message.kind,
      recipient: message.recipient,
      payload: toJson(message.payload),
      status: "pending",
      attempts: 0,
      next_attempt_at: toIso(message.nextAttemptAt ?? message.now),
      created_at: toIso(message.now),
    })
    .onConflict((oc) => oc.column("idempotency_key").doNothing())
    .returning("id")
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await dbOrTrx
    .selectFrom("outbox")
    .select("id")
    .where("idempotency_key", "=", message.idempotencyKey)
    .executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

/** Waiting and due, or claimed by a worker whose lease ran out (it crashed or hung). */
function claimable(eb: ExpressionBuilder<Database, "outbox">, nowIso: string) {
  return eb.or([
    eb.and([eb("status", "=", "pending"), eb("next_attempt_at", "<=", nowIso)]),
    eb.and([eb("status", "=", "sending"), eb("locked_until", "<=", nowIso)]),
  ]);
}

/**
 * Claim up to `limit` claimable messages for `leaseMs`, counting an attempt
 * for each. One conditional UPDATE: the claimable test is repeated on the
 * rows being updated, so of several processes racing for a row only one
 * changes it; on PostgreSQL the others skip locked rows rather than wait.
 * The candidates are a materialised CTE because PostgreSQL may otherwise
 * re-run a LIMIT subquery during the update and claim more than `limit`.
 */
export async function claimDue(
  db: Db,
  options: { workerId: string; now: Date; limit: number; leaseMs: number },
): Promise<OutboxMessage[]> {
  const nowIso = toIso(options.now);
  const rows = await db
    .with(
      (cte) => cte("candidates").materialized(),
      (qb) =>
        skipLockedRows(
          db,
          qb
            .selectFrom("outbox")
            .select("id")
            .where((eb) => claimable(eb, nowIso))
            .orderBy("next_attempt_at")
            .orderBy("created_at")
            .limit(options.limit),
        ),
    )
    .updateTable("outbox")
    .set((eb) => ({
      status: "sending",
      locked_by: options.workerId,
      locked_until: toIso(new Date(options.now.getTime() + options.leaseMs)),
      attempts: eb("attempts", "+", 1),
    }))
    .where("id", "in", (eb) => eb.selectFrom("candidates").select("id"))
    .where((eb) => claimable(eb, nowIso))
    .returningAll()
    .execute();
  return rows.map(toMessage).sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime());
}

/** True if the message was still this worker's to settle; false means another worker reclaimed it. */
export async function markSent(
  db: Db,
  id: string,
  workerId: string,
  result: { providerMessageId: string | null; now: Date },
): Promise<boolean> {
  return settle(db, id, workerId, {
    status: "sent",
    provider_message_id: result.providerMessageId,
    sent_at: toIso(result.now),
  });
}

/** Back to pending until nextAttemptAt. `error` is shown to operators: a provider code or class, never personal data. */
export async function markRetry(
  db: Db,
  id: string,
  workerId: string,
  retry: { error: string; nextAttemptAt: Date },
): Promise<boolean> {
  return settle(db, id, workerId, {
    status: "pending",
    next_attempt_at: toIso(retry.nextAttemptAt),
    last_error: retry.error.slice(0, MAX_ERROR_LENGTH),
  });
}

/** Gives up for good; the message stays listed as failed for an operator to act on. */
export async function markFailed(
  db: Db,
  id: string,
  workerId: string,
  failure: { error: string; now: Date },
): Promise<boolean> {
  return settle(db, id, workerId, {
    status: "failed",
    failed_at: toIso(failure.now),
    last_error: failure.error.slice(0, MAX_ERROR_LENGTH),
  });
}

async function settle(
  db: Db,
  id: string,
  workerId: string,
  changes: Partial<Pick<OutboxTable, "status" | "next_attempt_at" | "last_error" | "provider_message_id" | "sent_at" | "failed_at">>,
): Promise<boolean> {
  const result = await db
    .updateTable("outbox")
    .set({ ...changes, locked_by: null, locked_until: null })
    .where("id", "=", id)
    .where("status", "=", "sending")
    .where("locked_by", "=", workerId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Newest first, for the operator page. */
export async function listOutbox(db: Db, options: { status?: OutboxStatus; limit: number }): Promise<OutboxSummary[]> {
  let query = db
    .selectFrom("outbox")
    .leftJoin("submissions", "submissions.id", "outbox.submission_id")
    .select([
      "outbox.id",
      "outbox.kind",
      "outbox.status",
      "outbox.attempts",
      "outbox.submission_id",
      "submissions.reference",
      "outbox.next_attempt_at",
      "outbox.last_error",
      "outbox.created_at",
      "outbox.sent_at",
      "outbox.failed_at",
    ])
    .orderBy("outbox.created_at", "desc")
    .orderBy("outbox.id")
    .limit(options.limit);
  if (options.status) query = query.where("outbox.status", "=", options.status);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    status: row.status,
    attempts: row.attempts,
    submissionId: row.submission_id,
    reference: row.reference,
    nextAttemptAt: fromIso(row.next_attempt_at),
    lastError: row.last_error,
    createdAt: fromIso(row.created_at),
    sentAt: fromIsoOrNull(row.sent_at),
    failedAt: fromIsoOrNull(row.failed_at),
  }));
}

export async function countByStatus(db: Db): Promise<Record<OutboxStatus, number>> {
  const rows = await db
    .selectFrom("outbox")
    .select((eb) => ["status", eb.fn.countAll<number | string | bigint>().as("count")])
    .groupBy("status")
    .execute();
  const counts = Object.fromEntries(OUTBOX_STATUSES.map((status) => [status, 0])) as Record<OutboxStatus, number>;
  // PostgreSQL returns count(*) as a bigint string.
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}

function toMessage(row: OutboxTable): OutboxMessage {
  return {
    id: row.id,
    submissionId: row.submission_id,
    idempotencyKey: row.idempotency_key,
    kind: row.kind,
    recipient: row.recipient,
    payload: fromJsonObject(row.payload),
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: fromIso(row.next_attempt_at),
    lockedBy: row.locked_by,
    lockedUntil: fromIsoOrNull(row.locked_until),
    lastError: row.last_error,
    providerMessageId: row.provider_message_id,
    sentAt: fromIsoOrNull(row.sent_at),
    failedAt: fromIsoOrNull(row.failed_at),
    createdAt: fromIso(row.created_at),
  };
}
