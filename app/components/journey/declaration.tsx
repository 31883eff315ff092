import { useTranslation } from "react-i18next";
import { CONSENT_METHODS, EVIDENCE } from "~/journey/answers";
import type { StepView } from "~/journey/view";
import { Checkboxes, Input, Radios } from "~/components/govuk/form";
import { Heading, Link, P } from "~/components/govuk/typography";
import { useFields } from "./step-form";

/** How the person affected agrees (if they can), or the evidence a representative has. */
export function ConsentStep({ view }: { view: StepView }) {
  const { t } = useTranslation("journey");
  const f = useFields();
  if (view.schemaAnswers.personAffected?.status !== "can-consent") {
    return (
      <Checkboxes
        name="evidence"
        legend={{ text: t("consent.evidenceTitle"), size: "l", isPageHeading: true }}
        hint={t("consent.evidenceHint")}
        error={f.error("evidence")}
        values={f.values("evidence")}
        items={[
          ...EVIDENCE.filter((value) => value !== "none").map((value) => ({ value, label: t(`consent.evidence.${value}`) })),
          { value: "divider", label: "", divider: t("orgWhich.or") },
          { value: "none", label: t("consent.evidence.none"), exclusive: true },
        ]}
      />
    );
  }
  if (view.consentRefused) {
    return (
      <>
        <Heading>{t("consent.refusedTitle")}</Heading>
        <P>{t("consent.refused")}</P>
        <P>
          <Link href={`/${view.lang}/complaint/authority?change=1`}>{t("consent.refusedChange")}</Link>
        </P>
        <P>
          <Link href={`/${view.lang}/help`}>{t("consent.refusedHelp")}</Link>
        </P>
      </>
    );
  }
  return (
    <Radios
      name="method"
      legend={{ text: t("consent.methodTitle"), size: "l", isPageHeading: true }}
      hint={t("consent.methodIntro")}
      error={f.error("method")}
      value={f.value("method")}
      items={CONSENT_METHODS.map((value) => ({
        value,
        label: t(`consent.method.${value}`),
        hint: t(`consent.methodHints.${value}`),
        conditional:
          value === "confirmed-here" ? (
            <>
              <Input name="confirmedName" label={{ text: t("consent.nameLabel") }} error={f.error("confirmedName")} defaultValue={f.value("confirmedName")} autoComplete="off" spellCheck={false} />
              <Checkboxes
                name="agree"
                legend={{ text: t("consent.agreeLegend"), size: "s" }}
                error={f.error("agree")}
                values={f.values("agree")}
                small
                items={[{ value: "yes", label: t("consent.agree") }]}
              />
            </>
          ) : value === "email-request" ? (
            <>
              <Input name="requestEmail" type="email" label={{ text: t("consent.emailLabel") }} error={f.error("requestEmail")} defaultValue={f.value("requestEmail")} autoComplete="off" spellCheck={false} />
              <Radios
                name="requestLang"
                legend={{ text: t("consent.languageLegend"), size: "s" }}
                error={f.error("requestLang")}
                value={f.value("requestLang") ?? view.lang}
                small
                items={(["en", "cy"] as const).map((lang) => ({ value: lang, label: t(`consent.language.${lang}`) }))}
              />
            </>
          ) : undefined,
      }))}
    />
  );
}

/** The last page: two declarations, a field only robots fill in, and "Send complaint". */
export function DeclarationStep({ view }: { view: StepView }) {
  const { t } = useTranslation("journey");
  const f = useFields();
  return (
    <>
      <Heading>{t("declaration.title")}</Heading>
      <P>{t("declaration.intro")}</P>
      <Checkboxes
        name="shareAgreed"
        legend={{ text: t("declaration.shareLegend"), size: "s" }}
        error={f.error("shareAgreed")}
        values={f.values("shareAgreed")}
        items={[{ value: "yes", label: t("declaration.share") }]}
      />
      <Checkboxes
        name="truthDeclared"
        legend={{ text: t("declaration.truthLegend"), size: "s" }}
        error={f.error("truthDeclared")}
        values={f.values("truthDeclared")}
        items={[{ value: "yes", label: t("declaration.truth") }]}
      />
      <div className="app-honeypot" aria-hidden="true">
        <label htmlFor="website">{t("declaration.honeypot")}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <P>
        <Link href={`/${view.lang}/privacy`}>{t("declaration.privacy")}</Link>
      </P>
    </>
  );
}
