import crypto from "node:crypto";
import type { Db } from "~/db/db.server";
import { fromIso, fromJson, fromJsonObject, toIso, toJson } from "~/db/codec";
import type { OutboxKind, SubmissionsTable } from "~/db/schema";
import type { Lang } from "~/i18n/config";
import type { StoredAnswers } from "~/models/draft.server";
import { enqueue, type OutboxPayload } from "~/models/outbox.server";

export interface Submission {
  id: string;
  reference: string;
  draftId: string;
  lang: Lang;
  answers: StoredAnswers;
  /** JSON as given to createSubmission; callers parse it with their own schema. */
  routing: unknown;
  consent: unknown;
  createdAt: Date;
}

export interface NewSubmission {
  draftId: string;
  lang: Lang;
  answers: StoredAnswers;
  routing: unknown;
  consent: unknown;
  now: Date;
  /** The messages to send, written in the same transaction; a function receives the new reference to put in them. */
  outbox: OutboxMessages | ((submission: { id: string; reference: string }) => OutboxMessages);
}

type OutboxMessages = Array<{ kind: OutboxKind; recipient: string; idempotencyKey?: string; payload: OutboxPayload }>;

/** No 0/O, 1/I/L or U/V: a reference is read aloud and typed from paper. */
export const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
export const REFERENCE_LENGTH = 8;
const MAX_INSERT_ATTEMPTS = 5;

export function newReference(): string {
  let reference = "";
  for (let i = 0; i < REFERENCE_LENGTH; i++) reference += REFERENCE_ALPHABET[crypto.randomInt(REFERENCE_ALPHABET.length)];
  return reference;
}

/**
 * Store a submission with its outbox messages, move the draft's consent
 * requests to it and delete the draft, all in one transaction. Idempotent per
 * draft: if the draft was already submitted (a double click, a resubmitted
 * form, another process), the first submission is returned and nothing is
 * written. The insert ignores conflicts instead of failing, so the
 * transaction stays usable: a conflict on draft_id means already submitted;
 * otherwise it was a reference (or id) collision and a fresh one is tried.
 */
export async function createSubmission(
  db: Db,
  input: NewSubmission,
): Promise<{ submission: Submission; created: boolean }> {
  return db.transaction().execute(async (trx) => {
    for (let attempt = 1; attempt <= MAX_INSERT_ATTEMPTS; attempt++) {
      const inserted = await trx
        .insertInto("submissions")
        .values({
          id: crypto.randomUUID(),
          reference: newReference(),
          draft_id: input.draftId,
          lang: input.lang,
          answers: toJson(input.answers),
          routing: toJson(input.routing),
          consent: toJson(input.consent),
          created_at: toIso(input.now),
        })
        .onConflict((oc) => oc.doNothing())
        .returningAll()
        .executeTakeFirst();

      if (!inserted) {
        const existing = await trx
          .selectFrom("submissions")
          .selectAll()
          .where("draft_id", "=", input.draftId)
          .executeTakeFirst();
        if (existing) return { submission: toSubmission(existing), created: false };
        continue;
      }

      const messages = typeof input.outbox === "function" ? input.outbox({ id: inserted.id, reference: inserted.reference }) : input.outbox;
      for (const message of messages) {
        await enqueue(trx, {
          kind: message.kind,
          recipient: message.recipient,
          payload: message.payload,
          idempotencyKey: message.idempotencyKey ?? `${inserted.id}:${message.kind}:${message.recipient}`,
          submissionId: inserted.id,
          now: input.now,
        });
      }
      await trx
        .updateTable("consent_requests")
        .set({ submission_id: inserted.id, draft_id: null })
        .where("draft_id", "=", input.draftId)
        .execute();
      await trx.deleteFrom("drafts").where("id", "=", input.draftId).execute();
      return { submission: toSubmission(inserted), created: true };
    }
    throw new Error(`No free submission reference after ${MAX_INSERT_ATTEMPTS} attempts`);
  });
}

export async function getSubmission(db: Db, id: string): Promise<Submission | null> {
  const row = await db.selectFrom("submissions").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toSubmission(row) : null;
}

export async function getSubmissionByDraftId(db: Db, draftId: string): Promise<Submission | null> {
  const row = await db.selectFrom("submissions").selectAll().where("draft_id", "=", draftId).executeTakeFirst();
  return row ? toSubmission(row) : null;
}

function toSubmission(row: SubmissionsTable): Submission {
  return {
    id: row.id,
    reference: row.reference,
    draftId: row.draft_id,
    lang: row.lang,
    answers: fromJsonObject(row.answers),
    routing: fromJson(row.routing),
    consent: fromJson(row.consent),
    createdAt: fromIso(row.created_at),
  };
}

/**
 * Retention: delete submissions made before `before` whose messages have all
 * been delivered or given up on, with their outbox rows and consent requests,
 * and any other finished outbox row (save-and-return emails) as old. A
 * submission with a message still waiting is kept until it is delivered.
 */
export async function deleteOldSubmissions(db: Db, before: Date): Promise<number> {
  const cutoff = toIso(before);
  return db.transaction().execute(async (trx) => {
    const old = await trx
      .selectFrom("submissions")
      .select("id")
      .where("created_at", "<", cutoff)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("outbox")
              .select("outbox.id")
              .whereRef("outbox.submission_id", "=", "submissions.id")
              .where("outbox.status", "in", ["pending", "sending"]),
          ),
        ),
      )
      .execute();
    const ids = old.map((row) => row.id);
    if (ids.length > 0) {
      await trx.deleteFrom("consent_requests").where("submission_id", "in", ids).execute();
      await trx.deleteFrom("outbox").where("submission_id", "in", ids).execute();
      await trx.deleteFrom("submissions").where("id", "in", ids).execute();
    }
    await trx
      .deleteFrom("outbox")
      .where("submission_id", "is", null)
      .where("status", "in", ["sent", "failed"])
      .where("created_at", "<", cutoff)
      .execute();
    return ids.length;
  });
}
