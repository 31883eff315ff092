import { getDirectory } from "~/directory/directory.server";
import { displayName, findByCode } from "~/directory/directory";
import { formerNotice, socialCareNotice, type Notice } from "~/directory/notices";
import type { BodyType } from "~/routing/types";
import type { Lang } from "~/i18n/config";
import type { CodeInfo } from "./routing-input";

/** Routing facts for a directory code; a closed body is routed as its own type (a CCG as an ICB). */
export function lookupCode(code: string): CodeInfo | undefined {
  const match = findByCode(getDirectory(), code);
  if (!match) return undefined;
  if (match.status === "former") return { type: match.former.bodyType, nation: match.former.nation, name: match.former.name };
  const entry = match.entry;
  const councilTier = entry.kind === "council" ? (entry.tier === "district" ? "district" : entry.tier === "county" ? "county" : "unitary") : undefined;
  return { type: entry.bodyType, nation: entry.nation, name: entry.name, ...(councilTier ? { councilTier } : {}) };
}

/** A code is acceptable only for the type of organisation the person chose. */
export function knownCode(code: string, type: BodyType): boolean {
  return lookupCode(code)?.type === type;
}

/** The name to show for a code in the page's language, and any explanation it needs. */
export function describeCode(code: string, lang: Lang): { name: string; notice?: Notice } | undefined {
  const match = findByCode(getDirectory(), code);
  if (!match) return undefined;
  if (match.status === "former") return { name: match.former.name, notice: formerNotice(match, lang) };
  return { name: displayName(match.entry, lang), notice: socialCareNotice(match.entry) };
}
