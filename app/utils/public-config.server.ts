import { getEnv } from "~/env.server";

/** The short, hand-kept list of settings the browser may see. */
export function publicConfig() {
  const env = getEnv();
  return { supportEmail: env.SUPPORT_EMAIL };
}

export type PublicConfig = ReturnType<typeof publicConfig>;
