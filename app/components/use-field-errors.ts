import { useTranslation } from "react-i18next";
import { splitMessage } from "~/journey/fields";
import type { ErrorItem } from "~/components/govuk/form";

/**
 * Error messages from a form's schema (locale keys, optionally "key|name=value")
 * turned into what the GOV.UK error summary and inline errors show. A message
 * that is not one of our keys (a crafted request) gets a general message in the
 * page's language, never a library's English.
 */
export function useFieldErrors(errors: Record<string, readonly string[] | null | undefined>, ns: "journey" | "submission") {
  const { t, i18n } = useTranslation([ns, "journey", "common"]);
  const translate = (message: string) => {
    const { key, values } = splitMessage(message);
    return i18n.exists(key, { ns }) ? t(key, { ns, ...values }) : t("journey:errors.common.invalid");
  };
  const first = (name: string) => errors[name]?.[0];
  return {
    error: (name: string) => {
      const message = first(name);
      return message ? { text: translate(message), prefix: t("common:errors.inlinePrefix") } : undefined;
    },
    summary: Object.keys(errors)
      .filter((name) => first(name))
      .map((name): ErrorItem => ({ name, text: translate(first(name)!) })),
  };
}
