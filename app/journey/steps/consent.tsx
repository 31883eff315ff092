import * as z from "zod";
import { useTranslation } from "react-i18next";
import { LANGS } from "~/i18n/config";
import { Checkboxes, Input, Radios } from "~/components/govuk/form";
import { Heading, Link, P } from "~/components/govuk/typography";
import { useFields } from "~/components/journey/step-form";
import { CONSENT_METHODS, EVIDENCE, type ConsentMethod, type Evidence } from "../codes";
import { ALWAYS, checkRevealedText, choice, EMAIL, revealedText } from "../fields";
import { isRepresentative } from "../people";
import { defineStep } from "../step";
import type { StepView } from "../view";

/** How the person affected agrees (if they can decide), or the evidence a representative has. */
export const answer = z.object({
  method: z.enum(CONSENT_METHODS).optional(),
  /** Typed by the person affected themselves, on this device. */
  confirmedName: z.string().optional(),
  requestEmail: z.string().optional(),
  requestLang: z.enum(LANGS).optional(),
  evidence: z.array(z.enum(EVIDENCE)).optional(),
});

function EvidenceChoice() {
  const { t } = useTranslation("journey");
  const f = useFields();
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

function Refused({ view }: { view: StepView }) {
  const { t } = useTranslation("journey");
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

function ConsentPage({ view }: { view: StepView }) {
  const { t } = useTranslation("journey");
  const f = useFields();
  if (view.facts.personStatus !== "can-consent") return <EvidenceChoice />;
  if (view.facts.consentRefused) return <Refused view={view} />;
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
                items={LANGS.map((lang) => ({ value: lang, label: t(`consent.language.${lang}`) }))}
              />
            </>
          ) : undefined,
      }))}
    />
  );
}

type ConsentForm = { method?: ConsentMethod; confirmedName?: string; requestEmail?: string; requestLang?: string; evidence?: string[] };
const isEvidence = (value: string): value is Evidence => (EVIDENCE as readonly string[]).includes(value);

export const step = defineStep({
  kind: "consent",
  slug: "consent",
  section: "send",
  title: (a) => (a.personAffected?.status === "can-consent" ? "consent.methodTitle" : "consent.evidenceTitle"),
  onPath: isRepresentative,
  owns: ["consent"],
  schema: ({ facts }): z.ZodType<ConsentForm> =>
    facts.personStatus === "can-consent"
      ? z
          .object({
            method: choice(CONSENT_METHODS, "errors.consent.methodRequired"),
            confirmedName: revealedText(),
            agree: z.string().optional(),
            requestEmail: revealedText(),
            requestLang: revealedText(),
          })
          .superRefine((v, ctx) => {
            if (facts.consentRefused) ctx.addIssue({ code: "custom", path: ["method"], message: "errors.consent.refused" });
            // Follow-up answers are checked only for the option chosen: text left in a closed one is ignored.
            if (v.method === "confirmed-here") {
              checkRevealedText(ctx, "confirmedName", v.confirmedName, { requiredKey: "errors.consent.nameRequired", max: 200 });
              if (v.agree !== "yes") ctx.addIssue({ code: "custom", path: ["agree"], message: "errors.consent.agreeRequired" });
            }
            if (v.method === "email-request") {
              checkRevealedText(ctx, "requestEmail", v.requestEmail, { requiredKey: "errors.consent.emailRequired", max: 254 });
              if (v.requestEmail && v.requestEmail.length <= 254 && !EMAIL.test(v.requestEmail))
                ctx.addIssue({ code: "custom", path: ["requestEmail"], message: "errors.consent.emailInvalid" });
              if (v.requestLang !== "en" && v.requestLang !== "cy") ctx.addIssue({ code: "custom", path: ["requestLang"], message: "errors.consent.languageRequired" });
            }
          }, ALWAYS)
      : z
          .object({
            // Checked as one list, so an unknown value is reported on the checkboxes rather than on "evidence[0]".
            evidence: z
              .array(z.string(), { error: "errors.consent.evidenceRequired" })
              .min(1, "errors.consent.evidenceRequired")
              .refine((values) => values.every(isEvidence), "errors.consent.evidenceRequired"),
          })
          .superRefine((v, ctx) => {
            if (v.evidence?.includes("none") && v.evidence.length > 1) ctx.addIssue({ code: "custom", path: ["evidence"], message: "errors.consent.evidenceNoneAlone" });
          }),
  toForm: (a) => {
    const c = a.consent;
    if (!c) return undefined;
    if (c.evidence) return { evidence: c.evidence };
    return { method: c.method, confirmedName: c.confirmedName, agree: c.method === "confirmed-here" ? "yes" : undefined, requestEmail: c.requestEmail, requestLang: c.requestLang };
  },
  store: (a, v) => ({
    ...a,
    consent: v.evidence
      ? { evidence: [...new Set(v.evidence.filter(isEvidence))] }
      : {
          method: v.method,
          confirmedName: v.method === "confirmed-here" ? v.confirmedName : undefined,
          requestEmail: v.method === "email-request" ? v.requestEmail : undefined,
          requestLang: v.method === "email-request" && (v.requestLang === "en" || v.requestLang === "cy") ? v.requestLang : undefined,
        },
  }),
  Component: ConsentPage,
  page: { hideSubmit: (view) => view.facts.consentRefused },
});
