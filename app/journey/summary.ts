import type { TFunction } from "i18next";
import type { Lang } from "~/i18n/config";
import type { Answers, MonthYear } from "./answers";
import type { OrgView } from "./view";
import { monthYearText } from "~/i18n/dates";

/**
 * The person's answers as labelled rows in one language: check-your-answers,
 * the confirmation email and the caseworker email all show the same thing.
 * `t` must be bound to the "journey" namespace with "directory" available.
 */
export type SummaryRow = { key: string; value: string; slug: string; freeText?: boolean };
export type SummarySection = { id: "you" | "person" | "organisations" | "complaint" | "contact"; title: string; rows: SummaryRow[] };

export function summarise(a: Answers, orgs: OrgView[], lang: Lang, t: TFunction, representative: boolean): SummarySection[] {
  const formatMonthYear = (value: MonthYear | undefined, _lang: Lang) => monthYearText(value, t);
  const orgName = (org: OrgView, index: number) => org.name ?? t("check.rows.organisation", { number: index + 1 });
  const you: SummaryRow[] = [
    { key: t("check.rows.risk"), value: a.risk ? t(`risk.${a.risk.riskNow}`) : "", slug: "risk" },
    {
      key: t("check.rows.who"),
      value: a.who ? (a.who.complainant === "other" ? (a.who.otherDescription ?? "") : t(`who.options.${a.who.complainant}`)) : "",
      slug: "who",
      freeText: a.who?.complainant === "other",
    },
  ];
  const person: SummaryRow[] = a.personAffected
    ? [
        { key: t("check.rows.personName"), value: a.personAffected.fullName, slug: "person-affected", freeText: true },
        { key: t("check.rows.personStatus"), value: t(`personAffected.status.${a.personAffected.status}`), slug: "person-affected" },
        a.authority?.consent
          ? { key: t("check.rows.consent"), value: t(`authority.consent.${a.authority.consent}`), slug: "authority" }
          : { key: t("check.rows.authority"), value: a.authority?.authority ? t(`authority.authority.${a.authority.authority}`) : "", slug: "authority" },
      ]
    : [];
  const organisations: SummaryRow[] = orgs.map((org, index) => {
    const local = org.local;
    const made = formatMonthYear(local?.madeOn, lang);
    const status =
      local?.status === "final-response"
        ? `${t("check.complained", { made })}, ${t("check.finalResponse", { final: formatMonthYear(local.finalResponseOn, lang) })}`
        : local?.status === "awaiting-response"
          ? `${t("check.complained", { made })}, ${t("check.waiting")}`
          : t("check.notYet");
    const details = [
      org.type ? t(`directory:bodyType.${org.type}.label`) : "",
      org.nation ? t(`nation.${org.nation}`) : "",
      org.funding ? t(`orgWhich.funding.${org.funding}`) : "",
    ].filter(Boolean);
    return {
      key: t("check.rows.organisation", { number: index + 1 }),
      value: [orgName(org, index), details.join(" · "), status].join("\n"),
      slug: `organisations/${org.id}/type`,
    };
  });
  const complaint: SummaryRow[] = [
    { key: t("check.rows.whatHappened"), value: a.whatHappened?.description ?? "", slug: "what-happened", freeText: true },
    { key: t("check.rows.started"), value: formatMonthYear(a.dates?.started, lang), slug: "dates" },
    { key: t("check.rows.ended"), value: a.dates?.ongoing ? t("check.rows.stillHappening") : formatMonthYear(a.dates?.ended, lang), slug: "dates" },
    { key: t("check.rows.aware"), value: formatMonthYear(a.dates?.aware, lang), slug: "dates" },
    { key: t("check.rows.impact"), value: a.impact?.onPerson ?? "", slug: "impact", freeText: true },
    ...(representative ? [{ key: t("check.rows.impactYou"), value: a.impact?.onYou ?? "", slug: "impact", freeText: true }] : []),
    {
      key: t("check.rows.putRight"),
      value: [...(a.putRight?.outcomes ?? []).map((code) => t(`putRight.options.${code}`)), a.putRight?.other ?? ""].filter(Boolean).join("\n"),
      slug: "put-right",
      freeText: Boolean(a.putRight?.other),
    },
    { key: t("check.rows.legal"), value: a.legal ? t(`legal.action.${a.legal.action}`) : "", slug: "legal-action" },
    {
      key: t("check.rows.court"),
      value: a.legal ? (a.legal.courtDecided === "yes" ? (a.legal.details ?? "") : t("legal.no")) : "",
      slug: "legal-action",
      freeText: a.legal?.courtDecided === "yes",
    },
    ...(a.delay ? [{ key: t("check.rows.delay"), value: a.delay.reason, slug: "delay", freeText: true }] : []),
  ];
  const contact: SummaryRow[] = [
    { key: t("check.rows.name"), value: a.yourDetails?.fullName ?? "", slug: "your-details", freeText: true },
    { key: t("check.rows.email"), value: a.yourDetails?.email ?? "", slug: "your-details" },
    { key: t("check.rows.phone"), value: a.yourDetails?.phone ?? "", slug: "your-details" },
    { key: t("check.rows.method"), value: a.preferences ? t(`preferences.method.${a.preferences.method}`) : "", slug: "contact-preferences" },
    { key: t("check.rows.language"), value: a.preferences ? t(`preferences.language.${a.preferences.letterLanguage}`) : "", slug: "contact-preferences" },
    { key: t("check.rows.needs"), value: a.preferences?.needs ?? "", slug: "contact-preferences", freeText: true },
    {
      key: t("check.rows.address"),
      value: [a.address?.line1, a.address?.line2, a.address?.town, a.address?.postcode].filter(Boolean).join("\n"),
      slug: "address",
    },
  ];
  return [
    { id: "you" as const, title: t("check.sections.you"), rows: you },
    ...(person.length ? [{ id: "person" as const, title: t("check.sections.person"), rows: person }] : []),
    { id: "organisations" as const, title: t("check.sections.organisations"), rows: organisations },
    { id: "complaint" as const, title: t("check.sections.complaint"), rows: complaint },
    { id: "contact" as const, title: t("check.sections.contact"), rows: contact },
  ];
}
