import * as z from "zod";
import { useTranslation } from "react-i18next";
import { LOCAL_STATUSES } from "~/routing/types";
import { monthYearText } from "~/i18n/dates";
import { Radios } from "~/components/govuk/form";
import { useFields } from "~/components/journey/step-form";
import { useMonthYear } from "~/components/journey/month-year";
import { OrgNotice } from "~/components/journey/organisations";
import { addProblems, ALWAYS, checkMonthYear, choice, monthYearFields, monthYearValues, readMonthYear } from "../fields";
import { isAfterMonth, monthYearSchema } from "../month-year";
import { findOrg, updateOrg } from "../organisation";
import { defineStep } from "../step";
import type { StepView } from "../view";

export const fields = {
  local: z
    .object({ status: z.enum(LOCAL_STATUSES), madeOn: monthYearSchema.optional(), finalResponseOn: monthYearSchema.optional() })
    .optional(),
};

const LOCAL_STATUS_VALUES = ["final-response", "awaiting-response", "not-made"] as const;

function OrgComplaintPage({ view }: { view: StepView }) {
  const { t } = useTranslation("journey");
  const f = useFields();
  const date = useMonthYear();
  return (
    <>
      <OrgNotice org={view.org} />
      <Radios
        name="status"
        legend={{
          text: (
            <>
              <span className="govuk-caption-l">{view.org?.name}</span>
              {t("orgComplaint.title")}
            </>
          ),
          size: "l",
          isPageHeading: true,
        }}
        hint={t("orgComplaint.hint")}
        error={f.error("status")}
        value={f.value("status")}
        items={[
          {
            value: "final-response",
            label: t("orgComplaint.options.final-response"),
            conditional: (
              <>
                {date("finalMade", t("orgComplaint.madeLegend"))}
                {date("final", t("orgComplaint.finalLegend"))}
              </>
            ),
          },
          { value: "awaiting-response", label: t("orgComplaint.options.awaiting-response"), conditional: date("awaitingMade", t("orgComplaint.madeLegend")) },
          { value: "not-made", label: t("orgComplaint.options.not-made") },
        ]}
      />
    </>
  );
}

type Local = NonNullable<z.output<typeof fields.local>>;

export const step = defineStep({
  kind: "org-complaint",
  slug: "complaint",
  section: "organisations",
  perOrganisation: true,
  title: "orgComplaint.title",
  ownsOrg: ["local"],
  schema: ({ today }) =>
    z
      .object({
        status: choice(LOCAL_STATUS_VALUES, "errors.orgComplaint.required"),
        ...monthYearFields("finalMade"),
        ...monthYearFields("final"),
        ...monthYearFields("awaitingMade"),
      })
      .superRefine((v, ctx) => {
        const raw = v as Record<string, unknown>;
        if (v.status === "final-response") {
          const made = checkMonthYear("finalMade", raw, { requiredKey: "errors.orgComplaint.madeRequired", today });
          const final = checkMonthYear("final", raw, { requiredKey: "errors.orgComplaint.finalRequired", today });
          addProblems(ctx, [...made.problems, ...final.problems]);
          if (made.value && final.value && isAfterMonth(made.value, final.value))
            ctx.addIssue({ code: "custom", path: ["finalMonth"], message: "errors.orgComplaint.finalBeforeMade" });
        }
        if (v.status === "awaiting-response") {
          addProblems(ctx, checkMonthYear("awaitingMade", raw, { requiredKey: "errors.orgComplaint.madeRequired", today }).problems);
        }
      }, ALWAYS)
      .transform((v): Local => {
        const raw = v as Record<string, unknown>;
        if (v.status === "final-response") return { status: v.status, madeOn: readMonthYear(raw, "finalMade"), finalResponseOn: readMonthYear(raw, "final") };
        if (v.status === "awaiting-response") return { status: v.status, madeOn: readMonthYear(raw, "awaitingMade") };
        return { status: "not-made" };
      }),
  toForm: (a, orgId) => {
    const local = findOrg(a, orgId)?.local;
    if (!local) return undefined;
    if (local.status === "final-response") return { status: local.status, ...monthYearValues("finalMade", local.madeOn), ...monthYearValues("final", local.finalResponseOn) };
    if (local.status === "awaiting-response") return { status: local.status, ...monthYearValues("awaitingMade", local.madeOn) };
    return { status: local.status };
  },
  store: (a, local, orgId) => updateOrg(a, orgId, (org) => ({ ...org, local })),
  rows: ({ org, t }) => {
    const local = org?.local;
    const made = monthYearText(local?.madeOn, t);
    return [
      {
        key: t("check.rows.orgComplaint"),
        value:
          local?.status === "final-response"
            ? `${t("check.complained", { made })}, ${t("check.finalResponse", { final: monthYearText(local.finalResponseOn, t) })}`
            : local?.status === "awaiting-response"
              ? `${t("check.complained", { made })}, ${t("check.waiting")}`
              : local
                ? t("check.notYet")
                : "",
      },
    ];
  },
  Component: OrgComplaintPage,
});
