import * as z from "zod";
import { useTranslation } from "react-i18next";
import { LongAnswer } from "~/components/journey/long-answer";
import { text } from "../fields";
import { outsideTimeLimit } from "../time-limit";
import { defineStep } from "../step";

export const answer = z.object({ reason: z.string() });

function DelayPage() {
  const { t } = useTranslation("journey");
  return <LongAnswer name="reason" label={t("delay.title")} hint={t("delay.hint")} maxLength={5000} heading />;
}

/** Asked only when the person is outside the 12-month limit. */
export const step = defineStep({
  kind: "delay",
  slug: "delay",
  section: "complaint",
  title: "delay.title",
  onPath: (a, context) => outsideTimeLimit(a, context.today),
  owns: ["delay"],
  schema: () => z.object({ reason: text("errors.delay.required", 5000) }),
  toForm: (a) => (a.delay ? { ...a.delay } : undefined),
  store: (a, value) => ({ ...a, delay: value }),
  rows: ({ answers, t }) => (answers.delay ? [{ key: t("check.rows.delay"), value: answers.delay.reason, freeText: true }] : []),
  Component: DelayPage,
});
