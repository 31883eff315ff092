import { useTranslation } from "react-i18next";
import { CharacterCount } from "~/components/govuk/form";
import { useFields } from "./step-form";

const PLURAL_FORMS = ["zero", "one", "two", "few", "many", "other"] as const;

/** A long answer with GOV.UK's character count, its messages in the page language. */
export function LongAnswer({ name, label, hint, maxLength, heading, rows }: { name: string; label: string; hint?: string; maxLength: number; heading?: boolean; rows?: number }) {
  const { t } = useTranslation("journey");
  const f = useFields();
  const forms = (kind: "remaining" | "over") =>
    Object.fromEntries(PLURAL_FORMS.map((form) => [form, t(`characterCount.${kind}_${form}`, { count: "%{count}" as unknown as number })]));
  return (
    <CharacterCount
      name={name}
      label={{ text: label, size: heading ? "l" : "s", isPageHeading: heading }}
      hint={hint}
      error={f.error(name)}
      defaultValue={f.value(name)}
      maxLength={maxLength}
      rows={rows}
      i18n={{ fallback: t("characterCount.fallback", { count: maxLength }), remaining: forms("remaining"), over: forms("over"), atLimit: t("characterCount.atLimit") }}
    />
  );
}
