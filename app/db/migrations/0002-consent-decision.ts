import type { Kysely } from "kysely";

/** A consent request can be refused as well as agreed: record which. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("consent_requests").addColumn("decision", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("consent_requests").dropColumn("decision").execute();
}
