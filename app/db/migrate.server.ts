import { Migrator } from "kysely/migration";
import type { Db } from "~/db/db.server";
import { migrations } from "~/db/migrations";
import { log } from "~/utils/log.server";

/**
 * Bring the schema up to date. Idempotent, and safe when several processes
 * start at once: PostgreSQL runs it under Kysely's advisory lock, SQLite in
 * one BEGIN IMMEDIATE transaction (see db.server.ts). Throws if a migration
 * fails, so a server never starts on a half-built schema.
 */
export async function migrate(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results = [] } = await migrator.migrateToLatest();
  for (const result of results) {
    log[result.status === "Success" ? "info" : "error"]("db.migration", {
      migration: result.migrationName,
      status: result.status,
    });
  }
  if (error) throw error instanceof Error ? error : new Error(`Migration failed: ${String(error)}`);
}
