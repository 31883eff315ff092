import * as z from "zod";
import { useTranslation } from "react-i18next";
import { Radios } from "~/components/govuk/form";
import { useFields } from "~/components/journey/step-form";
import { YES_NO } from "../codes";
import { choice } from "../fields";
import { defineStep } from "../step";

export const answer = z.object({ riskNow: z.enum(YES_NO) });

function RiskPage() {
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
      items={YES_NO.map((value) => ({ value, label: t(`risk.${value}`) }))}
    />
  );
}

export const step = defineStep({
  kind: "risk",
  slug: "risk",
  section: "you",
  title: "risk.title",
  exitPage: true,
  owns: ["risk"],
  schema: () => z.object({ riskNow: choice(YES_NO, "errors.risk.required") }),
  toForm: (a) => (a.risk ? { riskNow: a.risk.riskNow } : undefined),
  store: (a, value) => ({ ...a, risk: value }),
  rows: ({ answers, t }) => [{ key: t("check.rows.risk"), value: answers.risk ? t(`risk.${answers.risk.riskNow}`) : "" }],
  Component: RiskPage,
});
