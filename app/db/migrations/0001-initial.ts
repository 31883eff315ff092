import { sql, type Kysely } from "kysely";

/**
 * Portable DDL only: text for timestamps and JSON, integer counters, CHECKs
 * for closed sets, so the same migration runs on SQLite and PostgreSQL.
 * Migrations take Kysely<any> because they must not follow later changes to
 * the Database interface.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("drafts")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("answers", "text", (col) => col.notNull())
    .addColumn("lang", "text", (col) => col.notNull().check(sql`lang in ('en', 'cy')`))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("drafts_expires_at").on("drafts").column("expires_at").execute();

  // draft_id is not a foreign key: the draft is deleted when it is submitted.
  await db.schema
    .createTable("submissions")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("reference", "text", (col) => col.notNull().unique())
    .addColumn("draft_id", "text", (col) => col.notNull().unique())
    .addColumn("lang", "text", (col) => col.notNull().check(sql`lang in ('en', 'cy')`))
    .addColumn("answers", "text", (col) => col.notNull())
    .addColumn("routing", "text", (col) => col.notNull())
    .addColumn("consent", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("outbox")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("submission_id", "text", (col) => col.references("submissions.id"))
    .addColumn("idempotency_key", "text", (col) => col.notNull().unique())
    .addColumn("kind", "text", (col) => col.notNull())
    .addColumn("recipient", "text", (col) => col.notNull())
    .addColumn("payload", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) =>
      col.notNull().check(sql`status in ('pending', 'sending', 'sent', 'failed')`),
    )
    .addColumn("attempts", "integer", (col) => col.notNull())
    .addColumn("next_attempt_at", "text", (col) => col.notNull())
    .addColumn("locked_by", "text")
    .addColumn("locked_until", "text")
    .addColumn("last_error", "text")
    .addColumn("provider_message_id", "text")
    .addColumn("sent_at", "text")
    .addColumn("failed_at", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("outbox_status_next_attempt_at").on("outbox").columns(["status", "next_attempt_at"]).execute();
  await db.schema.createIndex("outbox_submission_id").on("outbox").column("submission_id").execute();

  await db.schema
    .createTable("return_tokens")
    .addColumn("token_hash", "text", (col) => col.primaryKey())
    .addColumn("draft_id", "text", (col) => col.notNull().references("drafts.id").onDelete("cascade"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .addColumn("used_at", "text")
    .execute();
  await db.schema.createIndex("return_tokens_draft_id").on("return_tokens").column("draft_id").execute();

  // A request belongs to a draft until it is submitted, then to the submission.
  await db.schema
    .createTable("consent_requests")
    .addColumn("token_hash", "text", (col) => col.primaryKey())
    .addColumn("draft_id", "text", (col) => col.references("drafts.id").onDelete("cascade"))
    .addColumn("submission_id", "text", (col) => col.references("submissions.id"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .addColumn("confirmed_at", "text")
    .addColumn("confirmed_name", "text")
    .addCheckConstraint("consent_requests_one_owner", sql`(draft_id is null) <> (submission_id is null)`)
    .execute();
  await db.schema.createIndex("consent_requests_draft_id").on("consent_requests").column("draft_id").execute();
  await db.schema.createIndex("consent_requests_submission_id").on("consent_requests").column("submission_id").execute();
}
