import { createContext, useContext, useEffect, type ReactNode } from "react";
import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { STEPS } from "~/journey/steps";
import { splitMessage } from "~/journey/fields";
import type { StepView } from "~/journey/view";
import { ErrorSummary, type ErrorItem } from "~/components/govuk/form";
import { Button } from "~/components/govuk/button";
import { useCsrf } from "~/utils/hooks";

type LastResult = { status?: string; error?: Record<string, string[] | null> | null; initialValue?: Record<string, unknown> | null } | undefined;

type FieldApi = {
  /** The value to show: what was just typed if the form came back with errors, else the saved answer. */
  value: (name: string) => string | undefined;
  values: (name: string) => string[];
  /** The translated error for a field, ready for the GOV.UK components. */
  error: (name: string) => { text: string; prefix: string } | undefined;
};

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
export function StepForm({ view, lastResult, children, submitLabel, hideSubmit, before }: {
  view: StepView;
  lastResult: LastResult;
  children: ReactNode;
  submitLabel?: string;
  hideSubmit?: boolean;
  /** Content between the error summary and the form, e.g. a search form that cannot be nested. */
  before?: ReactNode;
}) {
  const { t, i18n } = useTranslation("journey");
  const csrf = useCsrf();
  const step = STEPS[view.ref.kind];
  const [form] = useForm({
    id: "step-form",
    lastResult: lastResult as never,
    shouldValidate: "onSubmit",
    // Only on submit, as GOV.UK advises: re-checking on blur removed the error summary as the person
    // pressed Continue, so the button moved from under the pointer and the press did nothing.
    shouldRevalidate: "onSubmit",
    onValidate: step.schema
      ? ({ formData }) =>
          parseWithZod(formData, {
            schema: step.schema!({ today: view.today, answers: view.schemaAnswers, orgId: view.ref.orgId }),
          })
      : undefined,
  });
  const errors = (form.allErrors ?? {}) as Record<string, string[]>;
  const typed = (lastResult?.status === "error" ? lastResult.initialValue : undefined) ?? undefined;
  // Our schemas give locale keys; anything else (a crafted request) gets a general message, never Zod's English.
  const translate = (message: string) => {
    const { key, values } = splitMessage(message);
    return i18n.exists(key, { ns: "journey" }) ? t(key, values) : t("errors.common.invalid");
  };
  const api: FieldApi = {
    value: (name) => {
      const source = typed ? typed[name] : view.values[name];
      return typeof source === "string" ? source : undefined;
    },
    values: (name) => {
      const source = typed ? typed[name] : view.values[name];
      return Array.isArray(source) ? source.map(String) : typeof source === "string" ? [source] : [];
    },
    error: (name) => {
      const message = errors[name]?.[0];
      return message ? { text: translate(message), prefix: t("common:errors.inlinePrefix") } : undefined;
    },
  };
  const summary: ErrorItem[] = Object.entries(errors)
    .filter(([, messages]) => messages && messages.length > 0)
    .map(([name, messages]) => ({ name, text: translate(messages[0]!) }));
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
        <input type="hidden" name="csrf" value={csrf} />
        {children}
        {hideSubmit ? null : <Button preventDoubleClick>{submitLabel ?? t("continue")}</Button>}
      </form>
    </FieldContext.Provider>
  );
}
