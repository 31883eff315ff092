import crypto from "node:crypto";
import type { Db } from "~/db/db.server";
import { fromIso, toIso } from "~/db/codec";

/**
 * Single-use links: the emailed token is random and only its SHA-256 is
 * stored, so a copy of the database cannot be turned into working links.
 * Consuming is one conditional UPDATE, so of two clicks at once only one wins.
 * Show a page on GET (find*) and consume on POST: mail scanners follow links.
 */

/** 32 random bytes, URL-safe base64 (43 characters). */
export function newToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/** SHA-256, hex. */
export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** Returns the token to put in the link; it is not stored and cannot be recovered. */
export async function createReturnToken(
  db: Db,
  options: { draftId: string; now: Date; expiresAt: Date },
): Promise<string> {
  const token = newToken();
  await db
    .insertInto("return_tokens")
    .values({
      token_hash: hashToken(token),
      draft_id: options.draftId,
      created_at: toIso(options.now),
      expires_at: toIso(options.expiresAt),
    })
    .execute();
  return token;
}

/** Unused and unexpired, without using it up. */
export async function findReturnToken(
  db: Db,
  token: string,
  now: Date,
): Promise<{ draftId: string; expiresAt: Date } | null> {
  const row = await db
    .selectFrom("return_tokens")
    .select(["draft_id", "expires_at"])
    .where("token_hash", "=", hashToken(token))
    .where("used_at", "is", null)
    .where("expires_at", ">", toIso(now))
    .executeTakeFirst();
  return row ? { draftId: row.draft_id, expiresAt: fromIso(row.expires_at) } : null;
}

/** Uses the token up; null if unknown, expired or already used. */
export async function consumeReturnToken(db: Db, token: string, now: Date): Promise<{ draftId: string } | null> {
  const row = await db
    .updateTable("return_tokens")
    .set({ used_at: toIso(now) })
    .where("token_hash", "=", hashToken(token))
    .where("used_at", "is", null)
    .where("expires_at", ">", toIso(now))
    .returning("draft_id")
    .executeTakeFirst();
  return row ? { draftId: row.draft_id } : null;
}

/** A consent request belongs to a draft until it is submitted, then to the submission. */
export type ConsentTarget = { draftId: string } | { submissionId: string };

export interface ConsentRequest {
  draftId: string | null;
  submissionId: string | null;
  expiresAt: Date;
}

export async function createConsentRequest(
  db: Db,
  options: { target: ConsentTarget; now: Date; expiresAt: Date },
): Promise<string> {
  const token = newToken();
  await db
    .insertInto("consent_requests")
    .values({
      token_hash: hashToken(token),
      draft_id: "draftId" in options.target ? options.target.draftId : null,
      submission_id: "submissionId" in options.target ? options.target.submissionId : null,
      created_at: toIso(options.now),
      expires_at: toIso(options.expiresAt),
    })
    .execute();
  return token;
}

/** Unconfirmed and unexpired, without confirming it. */
export async function findConsentRequest(db: Db, token: string, now: Date): Promise<ConsentRequest | null> {
  const row = await db
    .selectFrom("consent_requests")
    .select(["draft_id", "submission_id", "expires_at"])
    .where("token_hash", "=", hashToken(token))
    .where("confirmed_at", "is", null)
    .where("expires_at", ">", toIso(now))
    .executeTakeFirst();
  return row ? { draftId: row.draft_id, submissionId: row.submission_id, expiresAt: fromIso(row.expires_at) } : null;
}

/**
 * Records the person's answer (agreed or refused) and their typed name; null if
 * unknown, expired or already answered. Single use.
 */
export async function confirmConsent(
  db: Db,
  token: string,
  confirmation: { name: string; now: Date; decision?: "agreed" | "refused" },
): Promise<ConsentRequest | null> {
  const row = await db
    .updateTable("consent_requests")
    .set({ confirmed_at: toIso(confirmation.now), confirmed_name: confirmation.name, decision: confirmation.decision ?? "agreed" })
    .where("token_hash", "=", hashToken(token))
    .where("confirmed_at", "is", null)
    .where("expires_at", ">", toIso(confirmation.now))
    .returning(["draft_id", "submission_id", "expires_at"])
    .executeTakeFirst();
  return row ? { draftId: row.draft_id, submissionId: row.submission_id, expiresAt: fromIso(row.expires_at) } : null;
}
