import { useTranslation } from "react-i18next";
import type { StepView } from "~/journey/view";
import { summarise, type SummaryItem, type SummarySection } from "~/journey/summary";
import { Heading, P, SummaryCard, SummaryList } from "~/components/govuk/typography";

/** Multi-line answers keep their line breaks. */
function Value({ text }: { text: string }) {
  return <span className="app-free-text">{text}</span>;
}

function Rows({ rows, changeBase }: { rows: SummaryItem[]; changeBase?: string }) {
  const { t } = useTranslation("journey");
  return (
    <SummaryList
      rows={rows.map((row) => ({
        key: row.key,
        value: <Value text={row.value || t("check.none")} />,
        action: changeBase ? { href: `${changeBase}/${row.slug}?change=1`, text: t("change"), hidden: row.key } : undefined,
      }))}
    />
  );
}

/** The answers by section, one summary card per organisation; with `changeBase`, each row links back to its question. */
export function AnswerSections({ sections, changeBase }: { sections: SummarySection[]; changeBase?: string }) {
  return (
    <>
      {sections.map((section) => (
        <section key={section.id}>
          <Heading level={2} size="m">
            {section.title}
          </Heading>
          {section.rows.length ? <Rows rows={section.rows} changeBase={changeBase} /> : null}
          {section.cards.map((card) => (
            <SummaryCard key={card.orgId} title={card.title}>
              <Rows rows={card.rows} changeBase={changeBase} />
            </SummaryCard>
          ))}
        </section>
      ))}
    </>
  );
}

/** Check your answers: every answer on the path, each with a link back to change it. */
export function CheckAnswersStep({ view }: { view: StepView }) {
  const { t } = useTranslation(["journey", "directory"]);
  const sections = summarise(view.answers ?? {}, view.orgs, t);
  return (
    <>
      <Heading>{t("check.title")}</Heading>
      <P>{t("check.intro")}</P>
      <AnswerSections sections={sections} changeBase={`/${view.lang}/complaint`} />
    </>
  );
}
