import crypto from "node:crypto";
import type { Db } from "~/db/db.server";
import { fromIso, fromJsonObject, toIso, toJson } from "~/db/codec";
import { getEnv } from "~/env.server";
import type { Lang } from "~/i18n/config";
import { DAY_MS } from "~/utils/time";

/** Answers as the journey stored them; the journey reads them back through its own shapes (journey/answers.ts). */
export type StoredAnswers = Record<string, unknown>;

export interface Draft {
  id: string;
  answers: StoredAnswers;
  lang: Lang;
  updatedAt: Date;
  expiresAt: Date;
}

export type SaveAnswersResult = { ok: true; expiresAt: Date } | { ok: false; reason: "not-found" };


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
    .select(["id", "answers", "lang", "updated_at", "expires_at"])
    .where("id", "=", id)
    .where("expires_at", ">", toIso(now))
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    answers: fromJsonObject(row.answers),
    lang: row.lang,
    updatedAt: fromIso(row.updated_at),
    expiresAt: fromIso(row.expires_at),
  };
}

/** Replace the answers and push the expiry a full TTL from now. */
export async function saveAnswers(db: Db, id: string, answers: StoredAnswers, lang: Lang, now: Date): Promise<SaveAnswersResult> {
  const expiresAt = expiryFrom(now);
  const row = await db
    .updateTable("drafts")
    .set((eb) => ({
      answers: toJson(answers),
      lang,
      updated_at: toIso(now),
      expires_at: toIso(expiresAt),
      version: eb("version", "+", 1),
    }))
    .where("id", "=", id)
    .where("expires_at", ">", toIso(now))
    .returning("id")
    .executeTakeFirst();
  return row ? { ok: true, expiresAt } : { ok: false, reason: "not-found" };
}

/** Deletes expired drafts with their return tokens and consent requests; returns how many drafts went. */
export async function deleteExpiredDrafts(db: Db, now: Date): Promise<number> {
  const result = await db.deleteFrom("drafts").where("expires_at", "<=", toIso(now)).executeTakeFirst();
  return Number(result.numDeletedRows);
}
