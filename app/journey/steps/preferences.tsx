import * as z from "zod";
import { useTranslation } from "react-i18next";
import { LANGS } from "~/i18n/config";
import { Radios } from "~/components/govuk/form";
import { Heading } from "~/components/govuk/typography";
import { useFields } from "~/components/journey/step-form";
import { LongAnswer } from "~/components/journey/long-answer";
import { CONTACT_METHODS } from "../codes";
import { ALWAYS, choice, optionalText } from "../fields";
import { defineStep } from "../step";

export const answer = z.object({ method: z.enum(CONTACT_METHODS), letterLanguage: z.enum(LANGS), needs: z.string().optional() });

function PreferencesPage() {
  const { t } = useTranslation("journey");
  const f = useFields();
  return (
    <>
      <Heading>{t("preferences.title")}</Heading>
      <Radios
        name="method"
        legend={{ text: t("preferences.methodLegend"), size: "s" }}
        error={f.error("method")}
        value={f.value("method")}
        items={CONTACT_METHODS.map((value) => ({ value, label: t(`preferences.method.${value}`) }))}
      />
      <Radios
        name="letterLanguage"
        legend={{ text: t("preferences.languageLegend"), size: "s" }}
        error={f.error("letterLanguage")}
        value={f.value("letterLanguage")}
        items={LANGS.map((value) => ({ value, label: t(`preferences.language.${value}`) }))}
      />
      <LongAnswer name="needs" label={`${t("preferences.needsLabel")} ${t("optional")}`} hint={t("preferences.needsHint")} maxLength={2000} rows={4} />
    </>
  );
}

export const step = defineStep({
  kind: "preferences",
  slug: "contact-preferences",
  section: "contact",
  title: "preferences.title",
  owns: ["preferences"],
  schema: ({ facts }) =>
    z
      .object({ method: choice(CONTACT_METHODS, "errors.preferences.methodRequired"), letterLanguage: choice(LANGS, "errors.preferences.languageRequired"), needs: optionalText(2000) })
      .superRefine((v, ctx) => {
        if (v.method === "email" && !facts.hasEmail) ctx.addIssue({ code: "custom", path: ["method"], message: "errors.preferences.noEmail" });
        if (v.method === "phone" && !facts.hasPhone) ctx.addIssue({ code: "custom", path: ["method"], message: "errors.preferences.noPhone" });
      }, ALWAYS),
  toForm: (a) => (a.preferences ? { ...a.preferences } : undefined),
  store: (a, value) => ({ ...a, preferences: value }),
  rows: ({ answers: { preferences }, t }) => [
    { key: t("check.rows.method"), value: preferences ? t(`preferences.method.${preferences.method}`) : "" },
    { key: t("check.rows.language"), value: preferences ? t(`preferences.language.${preferences.letterLanguage}`) : "" },
    { key: t("check.rows.needs"), value: preferences?.needs ?? "", freeText: true },
  ],
  Component: PreferencesPage,
});
