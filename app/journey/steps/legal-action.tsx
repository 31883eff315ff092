import * as z from "zod";
import { useTranslation } from "react-i18next";
import { LEGAL_ACTIONS } from "~/routing/types";
import { Radios } from "~/components/govuk/form";
import { Heading } from "~/components/govuk/typography";
import { useFields } from "~/components/journey/step-form";
import { LongAnswer } from "~/components/journey/long-answer";
import { YES_NO } from "../codes";
import { ALWAYS, checkRevealedText, choice, revealedText } from "../fields";
import { defineStep } from "../step";

export const answer = z.object({ action: z.enum(LEGAL_ACTIONS), courtDecided: z.enum(YES_NO), details: z.string().optional() });

function LegalPage() {
  const { t } = useTranslation("journey");
  const f = useFields();
  return (
    <>
      <Heading>{t("legal.title")}</Heading>
      <Radios
        name="action"
        legend={{ text: t("legal.actionLegend"), size: "s" }}
        hint={t("legal.actionHint")}
        error={f.error("action")}
        value={f.value("action")}
        items={LEGAL_ACTIONS.map((value) => ({ value, label: t(`legal.action.${value}`) }))}
      />
      <Radios
        name="courtDecided"
        legend={{ text: t("legal.courtLegend"), size: "s" }}
        error={f.error("courtDecided")}
        value={f.value("courtDecided")}
        items={[
          { value: "yes", label: t("legal.yes"), conditional: <LongAnswer name="details" label={t("legal.detailsLabel")} maxLength={2000} rows={4} /> },
          { value: "no", label: t("legal.no") },
        ]}
      />
    </>
  );
}

export const step = defineStep({
  kind: "legal-action",
  slug: "legal-action",
  section: "complaint",
  title: "legal.title",
  owns: ["legal"],
  schema: () =>
    z
      .object({ action: choice(LEGAL_ACTIONS, "errors.legal.actionRequired"), courtDecided: choice(YES_NO, "errors.legal.courtRequired"), details: revealedText() })
      .superRefine((v, ctx) => {
        if (v.courtDecided === "yes") checkRevealedText(ctx, "details", v.details, { requiredKey: "errors.legal.detailsRequired", max: 2000 });
      }, ALWAYS),
  toForm: (a) => (a.legal ? { ...a.legal } : undefined),
  store: (a, v) => ({ ...a, legal: { ...v, details: v.courtDecided === "yes" ? v.details : undefined } }),
  rows: ({ answers: { legal }, t }) => [
    { key: t("check.rows.legal"), value: legal ? t(`legal.action.${legal.action}`) : "" },
    { key: t("check.rows.court"), value: legal ? (legal.courtDecided === "yes" ? (legal.details ?? "") : t("legal.no")) : "", freeText: legal?.courtDecided === "yes" },
  ],
  Component: LegalPage,
});
