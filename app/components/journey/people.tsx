import { useTranslation } from "react-i18next";
import { AUTHORITIES, CONSENT_VALUES, PERSON_AFFECTED } from "~/routing/types";
import { COMPLAINANTS } from "~/journey/answers";
import type { StepView } from "~/journey/view";
import { Input, Radios } from "~/components/govuk/form";
import { ButtonLink } from "~/components/govuk/button";
import { Heading, List, P } from "~/components/govuk/typography";
import { useFields } from "./step-form";

export function RiskStep() {
  const { t } = useTranslation("journey");
  const f = useFields();
  return (
    <Radios
      name="riskNow"
      legend={{ text: t("risk.title"), size: "l", isPageHeading: true }}
      hint={t("risk.hint")}
      error={f.error("riskNow")}
      value={f.value("riskNow")}
      inline
      items={[
        { value: "yes", label: t("risk.yes") },
        { value: "no", label: t("risk.no") },
      ]}
    />
  );
}

/** Not a form: where to get help now, then a way back into the complaint. */
export function UrgentHelpStep({ nextHref }: { nextHref: string }) {
  const { t } = useTranslation("journey");
  const items = t("urgentHelp.items", { returnObjects: true }) as unknown;
  return (
    <>
      <Heading>{t("urgentHelp.title")}</Heading>
      <P>{t("urgentHelp.intro")}</P>
      <List items={Array.isArray(items) ? items.map(String) : []} />
      <P>{t("urgentHelp.continue")}</P>
      <ButtonLink href={nextHref}>{t("urgentHelp.button")}</ButtonLink>
    </>
  );
}

export function WhoStep() {
  const { t } = useTranslation("journey");
  const f = useFields();
  return (
    <Radios
      name="complainant"
      legend={{ text: t("who.title"), size: "l", isPageHeading: true }}
      error={f.error("complainant")}
      value={f.value("complainant")}
      items={COMPLAINANTS.map((value) => ({
        value,
        label: t(`who.options.${value}`),
        hint: value === "advocate" ? t("who.hints.advocate") : undefined,
        conditional:
          value === "other" ? (
            <Input name="otherDescription" label={{ text: t("who.otherLabel") }} error={f.error("otherDescription")} defaultValue={f.value("otherDescription")} />
          ) : undefined,
      }))}
    />
  );
}

export function PersonAffectedStep() {
  const { t } = useTranslation("journey");
  const f = useFields();
  return (
    <>
      <Heading>{t("personAffected.title")}</Heading>
      <Input
        name="fullName"
        label={{ text: t("personAffected.nameLabel"), size: "s" }}
        error={f.error("fullName")}
        defaultValue={f.value("fullName")}
        autoComplete="off"
        spellCheck={false}
      />
      <Radios
        name="status"
        legend={{ text: t("personAffected.statusLegend"), size: "s" }}
        error={f.error("status")}
        value={f.value("status")}
        items={PERSON_AFFECTED.map((value) => ({
          value,
          label: t(`personAffected.status.${value}`),
          hint: value === "can-consent" || value === "lacks-capacity" ? t(`personAffected.statusHints.${value}`) : undefined,
        }))}
      />
    </>
  );
}

export function AuthorityStep({ view }: { view: StepView }) {
  const { t } = useTranslation("journey");
  const f = useFields();
  if (view.schemaAnswers.personAffected?.status === "can-consent") {
    return (
      <Radios
        name="consent"
        legend={{ text: t("authority.consentTitle"), size: "l", isPageHeading: true }}
        hint={t("authority.consentHint")}
        error={f.error("consent")}
        value={f.value("consent")}
        items={CONSENT_VALUES.map((value) => ({
          value,
          label: t(`authority.consent.${value}`),
          hint: value === "to-follow" ? t("authority.consentHints.to-follow") : undefined,
        }))}
      />
    );
  }
  return (
    <Radios
      name="authority"
      legend={{ text: t("authority.authorityTitle"), size: "l", isPageHeading: true }}
      hint={t("authority.authorityHint")}
      error={f.error("authority")}
      value={f.value("authority")}
      items={[
        ...AUTHORITIES.filter((value) => value !== "none").map((value) => ({ value, label: t(`authority.authority.${value}`) })),
        { value: "divider", label: "", divider: t("orgWhich.or") },
        { value: "none", label: t("authority.authority.none") },
      ]}
    />
  );
}
