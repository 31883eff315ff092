import type { Migration } from "kysely/migration";
import * as initial from "~/db/migrations/0001-initial";
import * as consentDecision from "~/db/migrations/0002-consent-decision";

/**
 * Every migration, in code rather than read from a folder so the bundled
 * server carries them. Kysely runs them in name order: never rename or edit
 * one that has shipped; add the next number.
 */
export const migrations: Record<string, Migration> = {
  "0001-initial": initial,
  "0002-consent-decision": consentDecision,
};
