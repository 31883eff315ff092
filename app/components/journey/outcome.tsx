import { useTranslation } from "react-i18next";
import type { SignpostId } from "~/routing/types";
import type { StepView } from "~/journey/view";
import type { ContactId } from "~/content/contacts";
import type { Lang } from "~/i18n/config";
import { ContactCard } from "~/components/contact-card";
import { Heading, InsetText, List, P, SummaryList, WarningText } from "~/components/govuk/typography";
import { useOrgLabel } from "./organisations";

/** Signposts that have published contact details of their own. */
const SIGNPOST_CONTACTS: Partial<Record<SignpostId, ContactId>> = {
  llais: "llais",
  "housing-ombudsman": "housing-ombudsman",
  spso: "spso",
  nipso: "nipso",
  iscas: "iscas",
  "chc-independent-review": "beacon",
};

export function Signposts({ signposts, lang }: { signposts: readonly SignpostId[]; lang: Lang }) {
  const { t } = useTranslation("routing");
  return (
    <>
      {signposts.map((id) => {
        const contact = SIGNPOST_CONTACTS[id];
        return contact ? (
          <div key={id}>
            <ContactCard id={contact} lang={lang} name={t(`signpost.${id}.name`)} />
            <P>{t(`signpost.${id}.description`)}</P>
          </div>
        ) : (
          <div key={id}>
            <Heading level={3} size="s">
              {t(`signpost.${id}.name`)}
            </Heading>
            <P>{t(`signpost.${id}.description`)}</P>
          </div>
        );
      })}
    </>
  );
}

/** "Who can look at your complaint": the routing result in plain words. */
export function OutcomeStep({ view }: { view: StepView }) {
  const { t } = useTranslation(["journey", "routing", "common"]);
  const label = useOrgLabel();
  const routing = view.routing;
  if (!routing) return null;
  const { result, reasons } = routing;
  const orgReasons = (index: number) => reasons.filter((reason) => reason.bodyIndex === index);
  const general = reasons.filter((reason) => reason.bodyIndex === undefined);
  return (
    <div data-outcome={result.readiness} data-joint-working={result.jointWorking} data-ombudsmen={result.ombudsmen.join(" ")}>
      <Heading>{t("outcome.title")}</Heading>
      {result.outcome === "urgent-help-first" ? <WarningText assistive={t("common:warning")}>{t("outcome.urgent")}</WarningText> : null}
      {result.readiness === "ready" ? (
        <InsetText>
          <P>{t("outcome.ready")}</P>
        </InsetText>
      ) : result.readiness === "complain-to-organisations-first" ? (
        <>
          <Heading level={2} size="m">
            {t("outcome.tooEarly")}
          </Heading>
          <P>{t("outcome.tooEarlyIntro")}</P>
        </>
      ) : (
        <>
          <Heading level={2} size="m">
            {t("outcome.elsewhere")}
          </Heading>
          <P>{t("outcome.elsewhereIntro")}</P>
        </>
      )}
      {result.ombudsmen.length > 0 ? (
        <>
          <Heading level={2} size="m">
            {t("outcome.whoHeading")}
          </Heading>
          <List items={result.ombudsmen.map((id) => t(`routing:ombudsman.${id}.name`))} />
        </>
      ) : null}
      {result.jointWorking !== "none" ? (
        <>
          <Heading level={2} size="m">
            {t("outcome.jointHeading")}
          </Heading>
          <P>{t(`outcome.joint.${result.jointWorking}`)}</P>
        </>
      ) : null}
      <Heading level={2} size="m">
        {t("outcome.orgsHeading")}
      </Heading>
      {view.orgs.map((org, index) => {
        const body = result.bodies[index];
        return (
          <section key={org.id}>
            <Heading level={3} size="s">
              {label(org, index)}
            </Heading>
            <SummaryList
              rows={[
                { key: t("outcome.orgOmbudsman"), value: body?.ombudsman ? t(`routing:ombudsman.${body.ombudsman}.name`) : t("outcome.noOmbudsman") },
                { key: t("outcome.orgState"), value: body ? t(`outcome.localProcess.${body.localProcess}`) : "" },
              ]}
            />
            {orgReasons(index).length > 0 ? <List items={orgReasons(index).map((reason) => reason.text)} /> : null}
          </section>
        );
      })}
      {result.readiness === "complain-to-organisations-first" && result.bodies.some((_, i) => view.orgs[i]?.nation === "england") ? (
        <P>{t("outcome.tooEarlyEngland")}</P>
      ) : null}
      <Heading level={2} size="m">
        {t("outcome.whyHeading")}
      </Heading>
      <List items={general.map((reason) => reason.text)} />
      {result.readiness === "ready" ? (
        <>
          <Heading level={2} size="m">
            {t("outcome.nextHeading")}
          </Heading>
          <P>{t("outcome.next")}</P>
          <P>{t("outcome.readyNext")}</P>
        </>
      ) : result.readiness === "complain-to-organisations-first" ? (
        <P>{t("outcome.tooEarlyKeep")}</P>
      ) : null}
      <Heading level={2} size="m">
        {t("outcome.helpHeading")}
      </Heading>
      <Signposts signposts={result.signposts} lang={view.lang} />
    </div>
  );
}
