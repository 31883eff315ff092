import * as z from "zod";
import { useTranslation } from "react-i18next";
import { AUTHORITIES, CONSENT_VALUES } from "~/routing/types";
import { Radios } from "~/components/govuk/form";
import { useFields } from "~/components/journey/step-form";
import { choice } from "../fields";
import { isRepresentative } from "../people";
import { defineStep } from "../step";
import type { StepView } from "../view";

/** A person who can decide says whether they agree; for anyone else, the representative's authority. */
export const answer = z.object({ consent: z.enum(CONSENT_VALUES).optional(), authority: z.enum(AUTHORITIES).optional() });

function AuthorityPage({ view }: { view: StepView }) {
  const { t } = useTranslation("journey");
  const f = useFields();
  if (view.facts.personStatus === "can-consent") {
    return (
      <Radios
        name="consent"
        legend={{ text: t("authority.consentTitle"), size: "l", isPageHeading: true }}
        hint={t("authority.consentHint")}
        error={f.error("consent")}
        value={f.value("consent")}
        items={CONSENT_VALUES.map((value) => ({ value, label: t(`authority.consent.${value}`), hint: value === "to-follow" ? t("authority.consentHints.to-follow") : undefined }))}
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

export const step = defineStep({
  kind: "authority",
  slug: "authority",
  section: "person",
  title: (a) => (a.personAffected?.status === "can-consent" ? "authority.consentTitle" : "authority.authorityTitle"),
  onPath: isRepresentative,
  owns: ["authority"],
  // Only the half that fits the person affected's status is kept.
  keep: (a) => ({
    authority: a.authority && (a.personAffected?.status === "can-consent" ? { consent: a.authority.consent } : { authority: a.authority.authority }),
  }),
  schema: ({ facts }): z.ZodType<z.output<typeof answer>> =>
    facts.personStatus === "can-consent"
      ? z.object({ consent: choice(CONSENT_VALUES, "errors.authority.consentRequired") })
      : z.object({ authority: choice(AUTHORITIES, "errors.authority.authorityRequired") }),
  toForm: (a) => (a.authority ? { consent: a.authority.consent, authority: a.authority.authority } : undefined),
  store: (a, v) => ({ ...a, authority: { consent: v.consent, authority: v.authority } }),
  rows: ({ answers: { authority }, t }) => [
    authority?.consent
      ? { key: t("check.rows.consent"), value: t(`authority.consent.${authority.consent}`) }
      : { key: t("check.rows.authority"), value: authority?.authority ? t(`authority.authority.${authority.authority}`) : "" },
  ],
  Component: AuthorityPage,
});
