import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { createDb, isPostgres } from "~/db/db.server";
import { migrate } from "~/db/migrate.server";
import { migrations } from "~/db/migrations";
import { createEmptyDatabase, describeEachDatabase } from "~/db/testing/databases";
import { useFreshProcessEnv } from "~/db/testing/fresh-process-env";
import { runInProcesses } from "~/db/testing/processes";

const TABLES = ["consent_requests", "drafts", "outbox", "return_tokens", "submissions"];

describeEachDatabase("migrations", (t) => {
  it("create every table, and running them again changes nothing", async () => {
    await migrate(t.db);
    const tables = (await t.db.introspection.getTables()).map((table) => table.name).sort();
    expect(tables).toEqual(TABLES);
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(t.db);
    expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(migrations).sort());
  });

  it("store timestamps and JSON as text on this database too", async () => {
    const tables = await t.db.introspection.getTables();
    const drafts = tables.find((table) => table.name === "drafts");
    const types = Object.fromEntries((drafts?.columns ?? []).map((column) => [column.name, column.dataType.toLowerCase()]));
    expect(types).toMatchObject({ answers: "text", created_at: "text", expires_at: "text", version: expect.stringMatching(/^int/) });
  });

  it("are safe when four server processes start on a new database at once", async () => {
    const fresh = await createEmptyDatabase(t.kind);
    try {
      const results = await runInProcesses(fresh.config, Array.from({ length: 4 }, () => ({ action: "migrate" as const })));
      expect(results).toEqual(["migrated", "migrated", "migrated", "migrated"]);
      const db = createDb(fresh.config);
      try {
        const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
        expect(applied.rows).toHaveLength(Object.keys(migrations).length);
        expect((await db.introspection.getTables()).map((table) => table.name).sort()).toEqual(TABLES);
      } finally {
        await db.destroy();
      }
    } finally {
      await fresh.drop();
    }
  }, 30_000);

  it("enforce the closed sets and the foreign keys", async () => {
    const row = { id: "d1", answers: "{}", created_at: "x", updated_at: "x", expires_at: "x", version: 1 };
    await expect(t.db.insertInto("drafts").values({ ...row, lang: "fr" as "en" }).execute()).rejects.toThrow();
    await expect(
      t.db.insertInto("return_tokens").values({ token_hash: "h", draft_id: "missing", created_at: "x", expires_at: "x" }).execute(),
    ).rejects.toThrow();
  });
});

describe("createDb for SQLite", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "complaints-db-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("creates the folder and opens the file in WAL mode with foreign keys and a busy timeout", async () => {
    const db = createDb({ kind: "sqlite", file: path.join(dir, "nested", "app.sqlite") });
    try {
      expect(isPostgres(db)).toBe(false);
      const pragma = async (name: string) =>
        Object.values((await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(db)).rows[0] ?? {})[0];
      expect(await pragma("journal_mode")).toBe("wal");
      expect(await pragma("foreign_keys")).toBe(1);
      expect(await pragma("busy_timeout")).toBeGreaterThanOrEqual(1000);
      expect(fs.existsSync(path.join(dir, "nested", "app.sqlite"))).toBe(true);
    } finally {
      await db.destroy();
    }
  });
});

describe("getDb", () => {
  const dataDir = useFreshProcessEnv();

  it("uses complaints.sqlite in DATA_DIR when DATABASE_URL is not set, once per process", async () => {
    vi.stubEnv("DATA_DIR", dataDir());
    vi.stubEnv("DATABASE_URL", "");
    const { getDb, isPostgres: postgres } = await import("~/db/db.server");
    const db = getDb();
    expect(getDb()).toBe(db);
    expect(postgres(db)).toBe(false);
    await migrate(db);
    expect(fs.existsSync(path.join(dataDir(), "complaints.sqlite"))).toBe(true);
  });

  it.skipIf(!process.env.DATABASE_URL)("uses PostgreSQL when DATABASE_URL is set", async () => {
    vi.stubEnv("DATA_DIR", dataDir());
    const { getDb, isPostgres: postgres } = await import("~/db/db.server");
    const db = getDb();
    expect(postgres(db)).toBe(true);
    const result = await sql<{ one: number }>`select 1 as one`.execute(db);
    expect(result.rows).toEqual([{ one: 1 }]);
  });
});
