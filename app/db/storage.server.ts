import { getDb, isPostgres, type Db } from "~/db/db.server";
import { migrate } from "~/db/migrate.server";
import { deleteExpiredDrafts } from "~/models/draft.server";
import { deleteOldSubmissions } from "~/models/submission.server";
import { getEnv } from "~/env.server";
import { errorFields, log } from "~/utils/log.server";
import { DAY_MS } from "~/utils/time";

/** For boot: open the process-wide database and bring its schema up to date. */
export async function startStorage(): Promise<Db> {
  const db = getDb();
  await migrate(db);
  log.info("db.ready", { database: isPostgres(db) ? "postgres" : "sqlite" });
  return db;
}


/**
 * Delete expired drafts, and submissions past their retention period, now and
 * then every intervalMs. Returns a stop function. The timer is unref'd so it
 * never keeps the process alive, and a sweep is skipped while the previous one
 * is still running.
 */
export function startRetentionSweeper(options: {
  intervalMs: number;
  db?: Db;
  clock?: () => Date;
}): () => void {
  const clock = options.clock ?? (() => new Date());
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      const db = options.db ?? getDb();
      const now = clock();
      const deleted = await deleteExpiredDrafts(db, now);
      if (deleted > 0) log.info("drafts.expired_deleted", { count: deleted });
      const retired = await deleteOldSubmissions(db, new Date(now.getTime() - getEnv().SUBMISSION_RETENTION_DAYS * DAY_MS));
      if (retired > 0) log.info("submissions.retention_deleted", { count: retired });
    } catch (error) {
      log.error("retention.sweep_failed", errorFields(error));
    } finally {
      running = false;
    }
  };
  void sweep();
  const timer = setInterval(() => void sweep(), options.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
