import * as z from "zod";
import { useTranslation } from "react-i18next";
import { Checkboxes } from "~/components/govuk/form";
import { useFields } from "~/components/journey/step-form";
import { LongAnswer } from "~/components/journey/long-answer";
import { OUTCOMES_WANTED } from "../codes";
import { ALWAYS, checkRevealedText, revealedText } from "../fields";
import { defineStep } from "../step";

export const answer = z.object({ outcomes: z.array(z.enum(OUTCOMES_WANTED)), other: z.string().optional() });

function PutRightPage() {
  const { t } = useTranslation("journey");
  const f = useFields();
  return (
    <Checkboxes
      name="outcomes"
      legend={{ text: t("putRight.title"), size: "l", isPageHeading: true }}
      hint={t("putRight.hint")}
      error={f.error("outcomes")}
      values={f.values("outcomes")}
      items={OUTCOMES_WANTED.map((value) => ({
        value,
        label: t(`putRight.options.${value}`),
        conditional: value === "other" ? <LongAnswer name="other" label={t("putRight.otherLabel")} maxLength={2000} rows={4} /> : undefined,
      }))}
    />
  );
}

const isOutcome = (value: string): value is (typeof OUTCOMES_WANTED)[number] => (OUTCOMES_WANTED as readonly string[]).includes(value);

export const step = defineStep({
  kind: "put-right",
  slug: "put-right",
  section: "complaint",
  title: "putRight.title",
  owns: ["putRight"],
  schema: () =>
    z
      .object({
        // Checked as one list, so an unknown value is reported on the checkboxes rather than on "outcomes[0]".
        outcomes: z
          .array(z.string(), { error: "errors.putRight.required" })
          .min(1, "errors.putRight.required")
          .refine((values) => values.every(isOutcome), "errors.putRight.required"),
        other: revealedText(),
      })
      .superRefine((v, ctx) => {
        if (v.outcomes?.includes("other")) checkRevealedText(ctx, "other", v.other, { requiredKey: "errors.putRight.otherRequired", max: 2000 });
      }, ALWAYS),
  toForm: (a) => (a.putRight ? { outcomes: a.putRight.outcomes, other: a.putRight.other } : undefined),
  store: (a, v) => {
    const outcomes = [...new Set(v.outcomes.filter(isOutcome))];
    return { ...a, putRight: { outcomes, other: outcomes.includes("other") ? v.other : undefined } };
  },
  rows: ({ answers: { putRight }, t }) => [
    {
      key: t("check.rows.putRight"),
      value: [...(putRight?.outcomes ?? []).map((code) => t(`putRight.options.${code}`)), putRight?.other ?? ""].filter(Boolean).join("\n"),
      freeText: Boolean(putRight?.other),
    },
  ],
  Component: PutRightPage,
});
