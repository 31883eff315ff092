import * as z from "zod";
import { useTranslation } from "react-i18next";
import { LongAnswer } from "~/components/journey/long-answer";
import { optionalText, text } from "../fields";
import { isRepresentative } from "../people";
import { defineStep } from "../step";
import type { StepView } from "../view";

export const answer = z.object({ onPerson: z.string(), onYou: z.string().optional() });

function ImpactPage({ view }: { view: StepView }) {
  const { t } = useTranslation("journey");
  const representative = view.facts.representative;
  return (
    <>
      <LongAnswer name="onPerson" label={t(representative ? "impact.titleOther" : "impact.titleSelf")} hint={t(representative ? "impact.hint" : "impact.hintSelf")} maxLength={5000} heading />
      {representative ? <LongAnswer name="onYou" label={`${t("impact.onYouLabel")} ${t("optional")}`} hint={t("impact.onYouHint")} maxLength={5000} rows={5} /> : null}
    </>
  );
}

export const step = defineStep({
  kind: "impact",
  slug: "impact",
  section: "complaint",
  title: (a) => (a.who?.complainant === "person-affected" ? "impact.titleSelf" : "impact.titleOther"),
  exitPage: true,
  owns: ["impact"],
  // The effect on a representative themselves only means something while they are one.
  keep: (a) => ({ impact: a.impact && (isRepresentative(a) ? a.impact : { onPerson: a.impact.onPerson }) }),
  schema: () => z.object({ onPerson: text("errors.impact.required", 5000), onYou: optionalText(5000) }),
  toForm: (a) => (a.impact ? { ...a.impact } : undefined),
  store: (a, v) => ({ ...a, impact: { onPerson: v.onPerson, onYou: isRepresentative(a) ? v.onYou : undefined } }),
  rows: ({ answers: { impact }, t, representative }) => [
    { key: t("check.rows.impact"), value: impact?.onPerson ?? "", freeText: true },
    ...(representative ? [{ key: t("check.rows.impactYou"), value: impact?.onYou ?? "", freeText: true }] : []),
  ],
  Component: ImpactPage,
});
