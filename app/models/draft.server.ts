import crypto from "node:crypto";
import type { Db } from "~/db/db.server";
import { fromIso, fromJsonObject, toIso, toJson } from "~/db/codec";
import { getEnv } from "~/env.server";
import type { Lang } from "~/i18n/config";

/** Answers keyed by step, as language-neutral codes. The journey validates them; storage only keeps them. */
export type Answers = Record<string, unknown>;

export interface Draft {
  id: string;
  answers: Answers;
  lang: Lang;
  version: number;
  updatedAt: Date;
  expiresAt: Date;
}

export type SaveAnswersResult =
  | { ok: true; version: number; expiresAt: Date }
  | { ok: false; reason: "not-found" | "version-conflict" };

const DAY_MS = 24 * 60 * 60 * 1000;

/** A draft lives DRAFT_TTL_DAYS after it was last saved. */
function expiryFrom(now: Date): Date {
  return new Date(now.getTime() + getEnv().DRAFT_TTL_DAYS * DAY_MS);
}

export async function createDraft(db: Db, lang: Lang, now: Date): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto("drafts")
    .values({
      id,
      answers: toJson({}),
      lang,
      created_at: toIso(now),
      updated_at: toIso(now),
      expires_at: toIso(expiryFrom(now)),
      version: 1,
    })
    .execute();
  return id;
}

/** The draft, or null when there is none or it has expired (the sweeper may not have run yet). */
export async function getDraft(db: Db, id: string, now: Date): Promise<Draft | null> {
  const row = await db
    .selectFrom("drafts")
    .select(["id", "answers", "lang", "version", "updated_at", "expires_at"])
    .where("id", "=", id)
    .where("expires_at", ">", toIso(now))
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    answers: fromJsonObject(row.answers),
    lang: row.lang,
    version: row.version,
    updatedAt: fromIso(row.updated_at),
    expiresAt: fromIso(row.expires_at),
  };
}

/**
 * Replace the answers and push the expiry a full TTL from now. With
 * expectedVersion, the save applies only if nobody saved in between (two tabs),
 * so a stale form cannot silently overwrite newer answers.
 */
export async function saveAnswers(
  db: Db,
  id: string,
  answers: Answers,
  lang: Lang,
  now: Date,
  expectedVersion?: number,
): Promise<SaveAnswersResult> {
  const expiresAt = expiryFrom(now);
  let update = db
    .updateTable("drafts")
    .set((eb) => ({
      answers: toJson(answers),
      lang,
      updated_at: toIso(now),
      expires_at: toIso(expiresAt),
      version: eb("version", "+", 1),
    }))
    .where("id", "=", id)
    .where("expires_at", ">", toIso(now));
  if (expectedVersion !== undefined) update = update.where("version", "=", expectedVersion);
  const row = await update.returning("version").executeTakeFirst();
  if (row) return { ok: true, version: row.version, expiresAt };
  if (expectedVersion === undefined) return { ok: false, reason: "not-found" };
  const exists = await getDraft(db, id, now);
  return { ok: false, reason: exists ? "version-conflict" : "not-found" };
}

/** Also deletes its return tokens and unconfirmed consent requests (foreign keys cascade). */
export async function deleteDraft(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom("drafts").where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Deletes expired drafts with their return tokens and consent requests; returns how many drafts went. */
export async function deleteExpiredDrafts(db: Db, now: Date): Promise<number> {
  const result = await db.deleteFrom("drafts").where("expires_at", "<=", toIso(now)).executeTakeFirst();
  return Number(result.numDeletedRows);
}
