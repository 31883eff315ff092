import { createContext, useContext, useEffect, type ReactNode } from "react";
import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import * as z from "zod";
import { useTranslation } from "react-i18next";
import type { StepContext } from "~/journey/step";
import type { StepView } from "~/journey/view";
import { ErrorSummary } from "~/components/govuk/form";
import { useFieldErrors } from "~/components/use-field-errors";
import { Button } from "~/components/govuk/button";
import { CsrfField } from "~/components/csrf-field";

export type LastResult = { status?: string; error?: Record<string, string[] | null> | null; initialValue?: Record<string, unknown> | null } | undefined;

type FieldApi = {
  /** The value to show: what was just typed if the form came back with errors, else the saved answer. */
  value: (name: string) => string | undefined;
  values: (name: string) => string[];
  /** The translated error for a field, ready for the GOV.UK components. */
  error: (name: string) => { text: string; prefix: string } | undefined;
};

// The browser is where schemas meet our Content-Security-Policy, which forbids eval. Zod's fast path
// compiles code with `new Function` after a probe that Chrome allows, so under the CSP a later parse
// threw and the form went to the server mid-typing. This module is the only one that validates in
// the browser, so it sets Zod to interpret instead, before any form exists.
z.config({ jitless: true });

const FieldContext = createContext<FieldApi | null>(null);

export function useFields(): FieldApi {
  const api = useContext(FieldContext);
  if (!api) throw new Error("useFields outside a StepForm");
  return api;
}

/**
 * A journey step's form: a plain POST form that works without JavaScript, with
 * the step's own Zod schema run in the browser first when JavaScript is on.
 */
export function StepForm({ view, schema, lastResult, children, submitLabel, hideSubmit, before }: {
  view: StepView;
  /** The step's schema, run in the browser before posting; information pages have none. */
  schema?: (context: StepContext) => z.ZodType;
  lastResult: LastResult;
  children: ReactNode;
  submitLabel?: string;
  hideSubmit?: boolean;
  /** Content between the error summary and the form, e.g. a search form that cannot be nested. */
  before?: ReactNode;
}) {
  const { t } = useTranslation("journey");
  const [form] = useForm({
    id: "step-form",
    lastResult: lastResult as never,
    shouldValidate: "onSubmit",
    // Only on submit, as GOV.UK advises: re-checking on blur removed the error summary as the person
    // pressed Continue, so the button moved from under the pointer and the press did nothing.
    shouldRevalidate: "onSubmit",
    onValidate: schema ? ({ formData }) => parseWithZod(formData, { schema: schema({ today: view.today, facts: view.facts }) }) : undefined,
  });
  const { error, summary } = useFieldErrors((form.allErrors ?? {}) as Record<string, string[]>, "journey");
  const typed = (lastResult?.status === "error" ? lastResult.initialValue : undefined) ?? undefined;
  const api: FieldApi = {
    value: (name) => {
      const source = typed ? typed[name] : view.values[name];
      return typeof source === "string" ? source : undefined;
    },
    values: (name) => {
      const source = typed ? typed[name] : view.values[name];
      return Array.isArray(source) ? source.map(String) : typeof source === "string" ? [source] : [];
    },
    error,
  };
  const prefix = t("common:errors.titlePrefix");
  const hasErrors = summary.length > 0;
  useEffect(() => {
    // Errors found in the browser keep the page: mark the title as a reload with errors would.
    const bare = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
    document.title = hasErrors ? `${prefix}${bare}` : bare;
  }, [hasErrors, prefix]);
  return (
    <FieldContext.Provider value={api}>
      <ErrorSummary title={t("common:errors.summaryTitle")} errors={summary} />
      {before}
      <form id={form.id} method="post" action={view.action} noValidate onSubmit={form.onSubmit}>
        <CsrfField />
        {children}
        {hideSubmit ? null : <Button preventDoubleClick>{submitLabel ?? t("continue")}</Button>}
      </form>
    </FieldContext.Provider>
  );
}
