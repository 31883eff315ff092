import { getEnv } from "~/env.server";
import { closeDb } from "~/db/db.server";
import { startRetentionSweeper, startStorage } from "~/db/storage.server";
import { startEmail } from "~/email/index.server";
import { teamWebhooks } from "~/submission/teams.server";
import { log } from "~/utils/log.server";
import { getT } from "~/i18n/i18n.server";

const HOUR = 60 * 60 * 1000;

/**
 * Called once by server.mjs before it listens: validates the environment
 * (throwing loudly on a bad value), brings the database schema up to date,
 * then starts the expired-draft sweeper and the email outbox worker.
 */
export async function boot(): Promise<{
  port: number;
  host: string;
  rateLimitPerMinute: number;
  /** For the server's last-resort error answer, when even the app cannot render: both languages. */
  serviceProblemText: string;
  stop: () => Promise<void>;
}> {
  const env = getEnv();
  log.info("boot", { nodeEnv: env.NODE_ENV, database: env.DATABASE_URL ? "postgres" : "sqlite" });
  const db = await startStorage();
  const stopSweeper = startRetentionSweeper({ intervalMs: HOUR, db });
  const stopEmail = startEmail({ db, webhooks: teamWebhooks() });
  return {
    port: env.PORT,
    host: env.HOST,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    serviceProblemText: `${getT("en")("errors.serverError.title")}\n${getT("cy")("errors.serverError.title")}\n`,
    stop: async () => {
      stopSweeper();
      await stopEmail();
      await closeDb();
    },
  };
}
