import type { TFunction } from "i18next";
import { CONTACTS, type Contact } from "~/content/contacts";
import type { EmailBlock } from "~/email/layout";
import type { EmailPayload } from "~/email/types";
import type { Lang } from "~/i18n/config";
import { createI18n } from "~/i18n/instance";
import { loadResources } from "~/i18n/resources.server";
import type { SummarySection } from "~/journey/summary";
import type { OrgView } from "~/journey/view";
import type { SignpostId } from "~/routing/types";
import type { Team } from "../types";

/**
 * What every message is made of. All words come from locales/<lang>/email.json
 * or, where their text fits, the journey, routing, directory and common
 * namespaces; nothing here does I/O beyond reading the locale files once.
 */

/** Postmark tags: short and never personal (the outbox kinds). */
export type EmailTag = "confirmation" | "caseworker" | "consent-request" | "save-return";
export type SubmissionEmail = Required<Pick<EmailPayload, "subject" | "html" | "text">> & { tag: EmailTag };

export type OurOmbudsman = "lgsco" | "phso" | "psow";

/** The Joint Working Team works for both English ombudsmen. */
const TEAM_OMBUDSMEN: Record<Team, readonly OurOmbudsman[]> = { lgsco: ["lgsco"], phso: ["phso"], jwt: ["lgsco", "phso"], psow: ["psow"] };

export function ourOmbudsmen(teams: readonly Team[]): OurOmbudsman[] {
  return [...new Set(teams.flatMap((team) => TEAM_OMBUDSMEN[team]))];
}

export const ADVOCACY: readonly SignpostId[] = ["nhs-complaints-advocacy", "llais"];
/** NHS Complaints Advocacy has no national contact: the local council arranges it (its description says so). */
export const ADVOCACY_CONTACT: Partial<Record<SignpostId, Contact>> = { llais: CONTACTS.llais };

const LOCALE: Record<Lang, string> = { en: "en-GB", cy: "cy-GB" };

export function translators(lang: Lang): { t: TFunction; journey: TFunction } {
  const i18n = createI18n(lang, loadResources()[lang]);
  // `journey` is what summarise() expects; `t` reaches the other namespaces with a prefix.
  return { t: i18n.getFixedT(lang, "email"), journey: i18n.getFixedT(lang, "journey") };
}

/** "Label: value", the same in both languages. */
export const labelText = (label: string, value: string) => `${label}: ${value}`;

/** "22 November 2026 at 14:05", in UK time whatever the server's zone. */
export function formatDateTime(iso: string, lang: Lang, t: TFunction): string {
  const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(LOCALE[lang], { timeZone: "Europe/London", ...options }).format(new Date(iso));
  return t("dateTime", { date: part({ day: "numeric", month: "long", year: "numeric" }), time: part({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" }) });
}

export function orgName(org: OrgView, index: number, journey: TFunction): string {
  return org.name ?? journey("check.rows.organisation", { number: index + 1 });
}

export function contactLines(contact: Contact, lang: Lang, t: TFunction): string {
  const line = (label: string, value: string | undefined) => (value ? [labelText(t(`common:contact.${label}`), value)] : []);
  return [...line("phone", contact.phone), ...line("textCallback", contact.textCallback), ...line("email", contact.email), ...line("website", contact.web[lang])].join("\n");
}

export function paragraphs(...texts: string[]): EmailBlock[] {
  return texts.map((text) => ({ type: "paragraph", text }));
}

/**
 * Each answer section as a heading and its rows, each organisation under its
 * own name; `empty` is shown for an unanswered row, or the row is left out.
 */
export function answerBlocks(sections: SummarySection[], empty?: string): EmailBlock[] {
  const rows = (items: SummarySection["rows"]) => items.flatMap((row) => (row.value ? [{ key: row.key, value: row.value }] : empty ? [{ key: row.key, value: empty }] : []));
  return sections.flatMap((section) => {
    const own = rows(section.rows);
    const cards = section.cards.flatMap((card) => {
      const cardRows = rows(card.rows);
      return cardRows.length ? [{ type: "subheading" as const, text: card.title }, { type: "rows" as const, rows: cardRows }] : [];
    });
    if (!own.length && !cards.length) return [];
    return [{ type: "heading" as const, text: section.title }, ...(own.length ? [{ type: "rows" as const, rows: own }] : []), ...cards];
  });
}
