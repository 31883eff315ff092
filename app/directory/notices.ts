// Which explanation a page shows for a directory match, as a key in the "directory" namespace
// plus its interpolation values. Pages call t(notice.key, notice.values).
import { displayName } from "./directory";
import type { DirectoryEntry, DirectoryMatch, FormerMatch, Lang } from "./types";

export interface Notice {
  key: `notice.${string}`;
  values: Record<string, string>;
}

const locale = (lang: Lang) => (lang === "cy" ? "cy" : "en-GB");

/** "30 June 2022" / "30 Mehefin 2022". */
export function formatLongDate(isoDate: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * "A, B or C" / "A, B neu C". "Or", because the person picks the one for their area.
 * Every successor in the data is named "NHS …"; N does not mutate after "neu", so the Welsh reads right.
 */
export function joinAlternatives(names: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(locale(lang), { type: "disjunction" }).format(names);
}

/** Explains that a body has closed and who, if anyone the data knows of, took over its work. */
export function formerNotice(match: FormerMatch, lang: Lang): Notice {
  const { former, successors } = match;
  const name = former.name;
  const closed = formatLongDate(former.closed, lang);
  if (successors.length === 0) return { key: "notice.formerClosed", values: { name, closed } };

  const values = { name, closed, successors: joinAlternatives(successors.map((s) => displayName(s, lang)), lang) };
  const split = successors.length > 1;
  switch (former.kind) {
    case "ccg":
      return { key: split ? "notice.formerCcgSplit" : "notice.formerCcg", values };
    case "icb":
      return { key: split ? "notice.formerIcbSplit" : "notice.formerIcb", values };
    case "nhs-trust":
    case "foundation-trust":
      return { key: "notice.formerTrust", values };
  }
}

/** Warns that a district council does not run social care; nothing for any other body. */
export function socialCareNotice(entry: DirectoryEntry): Notice | undefined {
  return entry.kind === "council" && !entry.providesSocialCare
    ? { key: "notice.districtCouncil", values: {} }
    : undefined;
}

/** Key of the short label for what kind of body a match is, e.g. "District council", "NHS trust". */
export function kindLabelKey(match: DirectoryMatch): `tier.${string}` | `kind.${string}` {
  if (match.status === "former") return `kind.${match.former.kind}`;
  return match.entry.kind === "council" ? `tier.${match.entry.tier}` : `kind.${match.entry.kind}`;
}
