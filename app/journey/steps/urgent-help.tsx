import { ButtonLink } from "~/components/govuk/button";
import { Heading, List, P } from "~/components/govuk/typography";
import { useStrings } from "~/utils/hooks";
import type { StepView } from "../view";
import { definePage } from "../step";

/** Not a form: where to get help now, then a way back into the complaint. */
function UrgentHelpPage({ view }: { view: StepView }) {
  const { t, list } = useStrings("journey");
  return (
    <>
      <Heading>{t("urgentHelp.title")}</Heading>
      <P>{t("urgentHelp.intro")}</P>
      <List items={list("urgentHelp.items")} />
      <P>{t("urgentHelp.continue")}</P>
      <ButtonLink href={`/${view.lang}/complaint/who`}>{t("urgentHelp.button")}</ButtonLink>
    </>
  );
}

export const step = definePage({
  kind: "urgent-help",
  slug: "urgent-help",
  section: "you",
  title: "urgentHelp.title",
  exitPage: true,
  onPath: (a) => a.risk?.riskNow === "yes",
  complete: () => true,
  Component: UrgentHelpPage,
  page: { plain: true },
});
