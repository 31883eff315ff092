import { useTranslation } from "react-i18next";
import { MonthYearInput } from "~/components/govuk/form";
import { useFields } from "./step-form";

/** Renders a month-and-year question for a field prefix, with its error on the right part. */
export function useMonthYear() {
  const { t } = useTranslation("journey");
  const f = useFields();
  return (prefix: string, legend: string, hint = t("dateHint")) => {
    const monthError = f.error(`${prefix}Month`);
    const yearError = f.error(`${prefix}Year`);
    return (
      <MonthYearInput
        prefix={prefix}
        legend={{ text: legend, size: "s" }}
        hint={hint}
        error={monthError ?? yearError}
        errorOn={{ month: Boolean(monthError), year: Boolean(yearError) }}
        month={f.value(`${prefix}Month`)}
        year={f.value(`${prefix}Year`)}
        labels={{ month: t("month"), year: t("year") }}
      />
    );
  };
}
