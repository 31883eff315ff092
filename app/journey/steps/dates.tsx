import * as z from "zod";
import { useTranslation } from "react-i18next";
import { monthYearText } from "~/i18n/dates";
import { Radios } from "~/components/govuk/form";
import { Heading } from "~/components/govuk/typography";
import { useFields } from "~/components/journey/step-form";
import { useMonthYear } from "~/components/journey/month-year";
import { YES_NO } from "../codes";
import { addProblems, ALWAYS, checkMonthYear, choice, monthYearFields, monthYearValues, readMonthYear } from "../fields";
import { isAfterMonth, monthYearSchema } from "../month-year";
import { defineStep } from "../step";

export const answer = z.object({ started: monthYearSchema, ongoing: z.boolean(), ended: monthYearSchema.optional(), aware: monthYearSchema });

function DatesPage() {
  const { t } = useTranslation("journey");
  const f = useFields();
  const date = useMonthYear();
  return (
    <>
      <Heading>{t("dates.title")}</Heading>
      {date("started", t("dates.startedLegend"))}
      <Radios
        name="ongoing"
        legend={{ text: t("dates.ongoingLegend"), size: "s" }}
        error={f.error("ongoing")}
        value={f.value("ongoing")}
        items={[
          { value: "yes", label: t("dates.yes") },
          { value: "no", label: t("dates.no"), conditional: date("ended", t("dates.endedLegend")) },
        ]}
      />
      {date("aware", t("dates.awareLegend"), `${t("dates.awareHint")} ${t("dateHint")}`)}
    </>
  );
}

export const step = defineStep({
  kind: "dates",
  slug: "dates",
  section: "complaint",
  title: "dates.title",
  owns: ["dates"],
  schema: ({ today }) =>
    z
      .object({ ...monthYearFields("started"), ongoing: choice(YES_NO, "errors.dates.ongoingRequired"), ...monthYearFields("ended"), ...monthYearFields("aware") })
      .superRefine((v, ctx) => {
        const raw = v as Record<string, unknown>;
        const started = checkMonthYear("started", raw, { requiredKey: "errors.dates.startedRequired", today });
        const aware = checkMonthYear("aware", raw, { requiredKey: "errors.dates.awareRequired", today });
        addProblems(ctx, [...started.problems, ...aware.problems]);
        if (started.value && aware.value && isAfterMonth(started.value, aware.value))
          ctx.addIssue({ code: "custom", path: ["awareMonth"], message: "errors.dates.awareBeforeStarted" });
        if (v.ongoing === "no") {
          const ended = checkMonthYear("ended", raw, { requiredKey: "errors.dates.endedRequired", today });
          addProblems(ctx, ended.problems);
          if (started.value && ended.value && isAfterMonth(started.value, ended.value))
            ctx.addIssue({ code: "custom", path: ["endedMonth"], message: "errors.dates.endedBeforeStarted" });
        }
      }, ALWAYS)
      .transform((v): z.output<typeof answer> => {
        const raw = v as Record<string, unknown>;
        const ongoing = v.ongoing === "yes";
        return { started: readMonthYear(raw, "started"), ongoing, ended: ongoing ? undefined : readMonthYear(raw, "ended"), aware: readMonthYear(raw, "aware") };
      }),
  toForm: (a) =>
    a.dates
      ? { ...monthYearValues("started", a.dates.started), ongoing: a.dates.ongoing ? "yes" : "no", ...monthYearValues("ended", a.dates.ended), ...monthYearValues("aware", a.dates.aware) }
      : undefined,
  store: (a, value) => ({ ...a, dates: value }),
  rows: ({ answers: { dates }, t }) => [
    { key: t("check.rows.started"), value: monthYearText(dates?.started, t) },
    { key: t("check.rows.ended"), value: dates?.ongoing ? t("check.rows.stillHappening") : monthYearText(dates?.ended, t) },
    { key: t("check.rows.aware"), value: monthYearText(dates?.aware, t) },
  ],
  Component: DatesPage,
});
