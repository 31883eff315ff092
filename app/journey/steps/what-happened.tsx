import * as z from "zod";
import { useTranslation } from "react-i18next";
import { LongAnswer } from "~/components/journey/long-answer";
import { text } from "../fields";
import { defineStep } from "../step";

export const answer = z.object({ description: z.string() });

function WhatHappenedPage() {
  const { t } = useTranslation("journey");
  return <LongAnswer name="description" label={t("whatHappened.title")} hint={t("whatHappened.hint")} maxLength={10000} heading rows={12} />;
}

export const step = defineStep({
  kind: "what-happened",
  slug: "what-happened",
  section: "complaint",
  title: "whatHappened.title",
  exitPage: true,
  owns: ["whatHappened"],
  schema: () => z.object({ description: text("errors.whatHappened.required", 10000) }),
  toForm: (a) => (a.whatHappened ? { ...a.whatHappened } : undefined),
  store: (a, value) => ({ ...a, whatHappened: value }),
  rows: ({ answers, t }) => [{ key: t("check.rows.whatHappened"), value: answers.whatHappened?.description ?? "", freeText: true }],
  Component: WhatHappenedPage,
});
