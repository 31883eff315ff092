import { getEnv } from "~/env.server";
import { log } from "~/utils/log.server";

/**
 * Called once by server.mjs before it listens: validates the environment
 * (throwing loudly on a bad value) and starts background work.
 */
export async function boot(): Promise<{ port: number; host: string; stop: () => Promise<void> }> {
  const env = getEnv();
  log.info("boot", { nodeEnv: env.NODE_ENV, database: env.DATABASE_URL ? "postgres" : "sqlite" });
  const stoppers: Array<() => Promise<void>> = [];
  return {
    port: env.PORT,
    host: env.HOST,
    stop: async () => {
      for (const stop of stoppers) await stop();
    },
  };
}
