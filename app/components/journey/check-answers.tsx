import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Answers, MonthYear } from "~/journey/answers";
import type { StepView } from "~/journey/view";
import type { Lang } from "~/i18n/config";
import { Heading, P, SummaryList } from "~/components/govuk/typography";
import { useOrgLabel } from "./organisations";

export function formatMonthYear(value: MonthYear | undefined, lang: Lang): string {
  if (!value) return "";
  return new Intl.DateTimeFormat(lang === "cy" ? "cy" : "en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(value.year, value.month - 1, 1)),
  );
}

function FreeText({ children }: { children?: string }) {
  return <span className="app-free-text">{children}</span>;
}

type Row = { key: string; value: ReactNode; slug: string };

/** Check your answers: every answer on the path, each with a link back to change it. */
export function CheckAnswersStep({ view }: { view: StepView }) {
  const { t } = useTranslation(["journey", "directory"]);
  const label = useOrgLabel();
  const a: Answers = view.answers ?? {};
  const lang = view.lang;
  const none = t("check.none");
  const section = (title: string, rows: Row[]) => (
    <>
      <Heading level={2} size="m">
        {title}
      </Heading>
      <SummaryList
        rows={rows.map((row) => ({
          key: row.key,
          value: row.value || none,
          action: { href: `/${lang}/complaint/${row.slug}?change=1`, text: t("change"), hidden: row.key },
        }))}
      />
    </>
  );
  const you: Row[] = [
    { key: t("check.rows.risk"), value: a.risk ? t(`risk.${a.risk.riskNow}`) : "", slug: "risk" },
    {
      key: t("check.rows.who"),
      value: a.who ? (a.who.complainant === "other" ? <FreeText>{a.who.otherDescription}</FreeText> : t(`who.options.${a.who.complainant}`)) : "",
      slug: "who",
    },
  ];
  const person: Row[] = a.personAffected
    ? [
        { key: t("check.rows.personName"), value: <FreeText>{a.personAffected.fullName}</FreeText>, slug: "person-affected" },
        { key: t("check.rows.personStatus"), value: t(`personAffected.status.${a.personAffected.status}`), slug: "person-affected" },
        a.authority?.consent
          ? { key: t("check.rows.consent"), value: t(`authority.consent.${a.authority.consent}`), slug: "authority" }
          : { key: t("check.rows.authority"), value: a.authority?.authority ? t(`authority.authority.${a.authority.authority}`) : "", slug: "authority" },
      ]
    : [];
  const orgs: Row[] = view.orgs.map((org, index) => {
    const local = org.local;
    const status =
      local?.status === "final-response"
        ? `${t("check.complained", { made: formatMonthYear(local.madeOn, lang) })}, ${t("check.finalResponse", { final: formatMonthYear(local.finalResponseOn, lang) })}`
        : local?.status === "awaiting-response"
          ? `${t("check.complained", { made: formatMonthYear(local.madeOn, lang) })}, ${t("check.waiting")}`
          : t("check.notYet");
    return {
      key: t("check.rows.organisation", { number: index + 1 }),
      value: (
        <>
          <strong>{label(org, index)}</strong>
          <br />
          {[org.type ? t(`directory:bodyType.${org.type}.label`) : "", org.nation ? t(`nation.${org.nation}`) : "", org.funding ? t(`orgWhich.funding.${org.funding}`) : ""]
            .filter(Boolean)
            .join(" · ")}
          <br />
          {status}
        </>
      ),
      slug: `organisations/${org.id}/type`,
    };
  });
  const story: Row[] = [
    { key: t("check.rows.whatHappened"), value: <FreeText>{a.whatHappened?.description}</FreeText>, slug: "what-happened" },
    { key: t("check.rows.started"), value: formatMonthYear(a.dates?.started, lang), slug: "dates" },
    { key: t("check.rows.ended"), value: a.dates?.ongoing ? t("check.rows.stillHappening") : formatMonthYear(a.dates?.ended, lang), slug: "dates" },
    { key: t("check.rows.aware"), value: formatMonthYear(a.dates?.aware, lang), slug: "dates" },
    { key: t("check.rows.impact"), value: <FreeText>{a.impact?.onPerson}</FreeText>, slug: "impact" },
    ...(view.representative ? [{ key: t("check.rows.impactYou"), value: a.impact?.onYou ? <FreeText>{a.impact.onYou}</FreeText> : "", slug: "impact" }] : []),
    {
      key: t("check.rows.putRight"),
      value: (
        <>
          {(a.putRight?.outcomes ?? []).map((code) => (
            <span key={code}>
              {t(`putRight.options.${code}`)}
              <br />
            </span>
          ))}
          {a.putRight?.other ? <FreeText>{a.putRight.other}</FreeText> : null}
        </>
      ),
      slug: "put-right",
    },
    { key: t("check.rows.legal"), value: a.legal ? t(`legal.action.${a.legal.action}`) : "", slug: "legal-action" },
    {
      key: t("check.rows.court"),
      value: a.legal ? (a.legal.courtDecided === "yes" ? <FreeText>{a.legal.details}</FreeText> : t("legal.no")) : "",
      slug: "legal-action",
    },
    ...(a.delay ? [{ key: t("check.rows.delay"), value: <FreeText>{a.delay.reason}</FreeText>, slug: "delay" }] : []),
  ];
  const address = [a.address?.line1, a.address?.line2, a.address?.town, a.address?.postcode].filter(Boolean);
  const contact: Row[] = [
    { key: t("check.rows.name"), value: <FreeText>{a.yourDetails?.fullName}</FreeText>, slug: "your-details" },
    { key: t("check.rows.email"), value: a.yourDetails?.email ?? "", slug: "your-details" },
    { key: t("check.rows.phone"), value: a.yourDetails?.phone ?? "", slug: "your-details" },
    { key: t("check.rows.method"), value: a.preferences ? t(`preferences.method.${a.preferences.method}`) : "", slug: "contact-preferences" },
    { key: t("check.rows.language"), value: a.preferences ? t(`preferences.language.${a.preferences.letterLanguage}`) : "", slug: "contact-preferences" },
    { key: t("check.rows.needs"), value: a.preferences?.needs ? <FreeText>{a.preferences.needs}</FreeText> : "", slug: "contact-preferences" },
    {
      key: t("check.rows.address"),
      value: address.length
        ? address.map((line) => (
            <span key={line}>
              {line}
              <br />
            </span>
          ))
        : "",
      slug: "address",
    },
  ];
  return (
    <>
      <Heading>{t("check.title")}</Heading>
      <P>{t("check.intro")}</P>
      {section(t("check.sections.you"), you)}
      {person.length ? section(t("check.sections.person"), person) : null}
      {section(t("check.sections.organisations"), orgs)}
      {section(t("check.sections.complaint"), story)}
      {section(t("check.sections.contact"), contact)}
    </>
  );
}
