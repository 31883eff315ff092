import { FUNDING_REQUIRED_TYPES, type BodyType } from "~/routing/types";
import type { Answers, Organisation } from "./answers";

/** Organisation types found in the directory, chosen by search; the rest are named in free text. */
export const DIRECTORY_TYPES = ["council", "nhs-trust", "health-board", "icb"] as const satisfies readonly BodyType[];
export const isDirectoryType = (type: BodyType | undefined) => (DIRECTORY_TYPES as readonly string[]).includes(type ?? "");
export const needsFunding = (type: BodyType | undefined) => (FUNDING_REQUIRED_TYPES as readonly string[]).includes(type ?? "");

/** The search page's "it is not in the list" choice. */
export const NOT_LISTED = "not-listed";

export const findOrg = (answers: Answers, orgId?: string): Organisation | undefined => answers.organisations?.find((org) => org.id === orgId);

export function updateOrg(answers: Answers, orgId: string | undefined, change: (org: Organisation) => Organisation): Answers {
  return { ...answers, organisations: (answers.organisations ?? []).map((org) => (org.id === orgId ? change(org) : org)) };
}
