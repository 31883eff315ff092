import { getEnv } from "~/env.server";
import { closeDb } from "~/db/db.server";
import { startDraftSweeper, startStorage } from "~/db/storage.server";
import { startEmail } from "~/email/index.server";
import { log } from "~/utils/log.server";

const HOUR = 60 * 60 * 1000;

/**
 * Called once by server.mjs before it listens: validates the environment
 * (throwing loudly on a bad value), brings the database schema up to date,
 * then starts the expired-draft sweeper and the email outbox worker.
 */
export async function boot(): Promise<{ port: number; host: string; stop: () => Promise<void> }> {
  const env = getEnv();
  log.info("boot", { nodeEnv: env.NODE_ENV, database: env.DATABASE_URL ? "postgres" : "sqlite" });
  const db = await startStorage();
  const stopSweeper = startDraftSweeper({ intervalMs: HOUR, db });
  const stopEmail = startEmail({ db });
  return {
    port: env.PORT,
    host: env.HOST,
    stop: async () => {
      stopSweeper();
      await stopEmail();
      await closeDb();
    },
  };
}
