import { useTranslation } from "react-i18next";
import type { SubmittedComplaint } from "~/submission/types";
import { summarise } from "~/journey/summary";
import { Column, GridRow } from "~/components/govuk/layout";
import { Heading, Link, List, P, Panel } from "~/components/govuk/typography";
import { ContactCard } from "~/components/contact-card";
import { AnswerSections } from "~/components/journey/check-answers";
import { Signposts } from "~/components/journey/outcome";
import { PrintButton } from "~/components/govuk/button";
import { useLang } from "~/utils/hooks";
import { dateText } from "~/i18n/dates";
import { isoDateInTimeZone } from "~/routing/dates";

const CONTACT_OF_TEAM = { lgsco: "lgsco", phso: "phso", jwt: "lgsco", psow: "psow" } as const;

/** The confirmation: the reference, what happens next, who will be in touch, help, and a copy to keep. */
export function ConfirmationPage({ complaint }: { complaint: SubmittedComplaint }) {
  const { t } = useTranslation(["submission", "journey", "directory", "routing"]);
  const { t: tJourney } = useTranslation(["journey", "directory"]);
  const lang = useLang();
  const sections = summarise(complaint.answers, complaint.organisations, tJourney);
  const method = complaint.consent.method;
  const date = dateText(isoDateInTimeZone(new Date(complaint.submittedAt)), t);
  const teams = [...new Set(complaint.teams.map((team) => CONTACT_OF_TEAM[team]))];
  return (
    <GridRow>
      <Column>
        <Panel title={t("confirmation.title")}>
          {t("confirmation.reference")}
          <br />
          <strong className="app-reference">{complaint.reference}</strong>
        </Panel>
        <P>{complaint.answers.yourDetails?.email ? t("confirmation.emailSent") : t("confirmation.noEmail")}</P>
        <P size="s">{t("confirmation.submittedOn", { date })}</P>
        <Heading level={2} size="m">
          {t("confirmation.nextHeading")}
        </Heading>
        <P>{t("confirmation.sentTo")}</P>
        <List items={complaint.routing.ombudsmen.filter((id) => id === "lgsco" || id === "phso" || id === "psow").map((id) => t(`routing:ombudsman.${id}.name`))} />
        {complaint.routing.jointWorking !== "none" ? <P>{t(`journey:outcome.joint.${complaint.routing.jointWorking}`)}</P> : null}
        <P>{t("confirmation.next")}</P>
        <P>{t("confirmation.quote")}</P>
        {method === "email-request" ? <P>{t("confirmation.consentEmail")}</P> : null}
        {method === "signed-later" ? <P>{t("confirmation.consentSigned")}</P> : null}
        {complaint.consent.evidence ? <P>{t("confirmation.evidence")}</P> : null}
        <Heading level={2} size="m">
          {t("confirmation.contactHeading")}
        </Heading>
        {teams.map((id) => (
          <ContactCard key={id} id={id} lang={lang} name={t(`routing:ombudsman.${id}.name`)} />
        ))}
        <Heading level={2} size="m">
          {t("confirmation.helpHeading")}
        </Heading>
        <Signposts signposts={complaint.routing.signposts.filter((id) => id === "nhs-complaints-advocacy" || id === "llais")} lang={lang} />
        <Heading level={2} size="m">
          {t("confirmation.copyHeading")}
        </Heading>
        <PrintButton label={t("confirmation.print")} />
        <AnswerSections sections={sections} />
        <P>
          <Link href={`/${lang}`}>{t("confirmation.again")}</Link>
        </P>
      </Column>
    </GridRow>
  );
}
