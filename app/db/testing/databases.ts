import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, type Db, type DbConfig } from "~/db/db.server";
import { migrate } from "~/db/migrate.server";

/**
 * Storage tests run against real databases: SQLite always, in a fresh file
 * per test file, and PostgreSQL when DATABASE_URL is set, in a fresh database
 * per test file (created on that server, dropped afterwards), so parallel
 * test files never share data.
 */
const postgresUrl = process.env.DATABASE_URL;
const SKIP_NOTE = "skipped: DATABASE_URL is not set";

if (!postgresUrl) console.warn(`PostgreSQL storage tests ${SKIP_NOTE}; they ran on SQLite only.`);

export type DatabaseKind = DbConfig["kind"];

export interface TestDatabase {
  kind: DatabaseKind;
  /** A fresh, migrated database for this test file; open more connections to it with createDb(config). */
  db: Db;
  config: DbConfig;
}

/**
 * Declare the same suite once per database. The suite reads `t.db` and
 * `t.config` inside its tests and hooks; tables are emptied before each test.
 */
export function describeEachDatabase(title: string, suite: (t: TestDatabase) => void): void {
  for (const kind of ["sqlite", "postgres"] as const) {
    const skip = kind === "postgres" && !postgresUrl;
    describe.skipIf(skip)(`${title} on ${kind === "sqlite" ? "SQLite" : "PostgreSQL"}${skip ? ` (${SKIP_NOTE})` : ""}`, () => {
      const t = { kind } as TestDatabase;
      let drop: () => Promise<void> = async () => {};
      beforeAll(async () => {
        const created = await createEmptyDatabase(kind);
        drop = created.drop;
        Object.assign(t, { kind, config: created.config, db: createDb(created.config) });
        await migrate(t.db);
      });
      afterAll(async () => {
        await t.db?.destroy();
        await drop();
      });
      beforeEach(() => clearTables(t.db));
      suite(t);
    });
  }
}

/** A new database with no tables, and a function that deletes it. */
export async function createEmptyDatabase(kind: DatabaseKind): Promise<{ config: DbConfig; drop: () => Promise<void> }> {
  if (kind === "sqlite") return createSqliteDatabase();
  if (!postgresUrl) throw new Error("DATABASE_URL is not set");
  return createPostgresDatabase(postgresUrl);
}

async function createSqliteDatabase(): Promise<{ config: DbConfig; drop: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "complaints-db-"));
  return {
    config: { kind: "sqlite", file: path.join(dir, "test.sqlite") },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

async function createPostgresDatabase(serverUrl: string): Promise<{ config: DbConfig; drop: () => Promise<void> }> {
  const name = `complaints_test_${crypto.randomBytes(6).toString("hex")}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    config: { kind: "postgres", url: url.toString() },
    drop: () => onServer(serverUrl, `drop database if exists ${name} with (force)`),
  };
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Children before parents, so foreign keys never object. */
export async function clearTables(db: Db): Promise<void> {
  await db.deleteFrom("outbox").execute();
  await db.deleteFrom("consent_requests").execute();
  await db.deleteFrom("return_tokens").execute();
  await db.deleteFrom("submissions").execute();
  await db.deleteFrom("drafts").execute();
}
