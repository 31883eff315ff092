import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import pg from "pg";
import {
  CompiledQuery,
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type SelectQueryBuilder,
  type SqliteDialectConfig,
} from "kysely";
import type { Database } from "~/db/schema";
import { getEnv } from "~/env.server";
import { errorFields, log } from "~/utils/log.server";

export type Db = Kysely<Database>;
export type DbConfig = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };

/** How long a SQLite writer waits for another process's write lock before giving up. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

export function createDb(config: DbConfig): Db {
  if (config.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    // An idle client losing its connection emits "error"; unhandled, it would crash the process.
    pool.on("error", (error) => log.error("db.pool_error", errorFields(error)));
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  fs.mkdirSync(path.dirname(config.file), { recursive: true });
  return new Kysely<Database>({
    dialect: new SharedFileSqliteDialect({
      database: async () => {
        const database = new SQLite(config.file);
        // busy_timeout first: switching to WAL needs a lock another process may hold.
        database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
        database.pragma("journal_mode = WAL");
        // FULL syncs the WAL on every commit, so an acknowledged submission survives power loss.
        database.pragma("synchronous = FULL");
        database.pragma("foreign_keys = ON");
        return database;
      },
    }),
  });
}

/**
 * SQLite for several processes sharing one file. Transactions start with
 * BEGIN IMMEDIATE, taking the write lock up front: a deferred transaction
 * that reads and then writes fails at once (SQLITE_BUSY, no wait) if another
 * process committed in between. With transactional DDL on, Kysely's migrator
 * runs all pending migrations in one such transaction, which serialises
 * processes migrating at once; its SQLite migration lock alone assumes a
 * single process.
 */
class SharedFileSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver() {
    return new ImmediateTransactionSqliteDriver(this.#config);
  }

  override createAdapter() {
    return new TransactionalDdlSqliteAdapter();
  }
}

class ImmediateTransactionSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

const holder = globalThis as typeof globalThis & { __complaintsDb?: Db };

/**
 * The process-wide database: PostgreSQL when DATABASE_URL is set, else SQLite
 * in DATA_DIR. Kept on globalThis so a development rebuild reuses it rather
 * than leaking connections.
 */
export function getDb(): Db {
  if (!holder.__complaintsDb) {
    const env = getEnv();
    holder.__complaintsDb = createDb(
      env.DATABASE_URL
        ? { kind: "postgres", url: env.DATABASE_URL }
        : { kind: "sqlite", file: path.join(env.DATA_DIR, "complaints.sqlite") },
    );
  }
  return holder.__complaintsDb;
}

export async function closeDb(): Promise<void> {
  const db = holder.__complaintsDb;
  holder.__complaintsDb = undefined;
  await db?.destroy();
}

export function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * The one dialect-specific clause in the models. On PostgreSQL, concurrent
 * claimers skip rows another transaction has locked instead of queueing
 * behind it. SQLite has no row locks and already runs one writer at a time,
 * so the query is left as it is.
 */
export function skipLockedRows<DB, TB extends keyof DB, O>(
  db: Db,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return isPostgres(db) ? query.forUpdate().skipLocked() : query;
}
