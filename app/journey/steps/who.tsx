import * as z from "zod";
import { useTranslation } from "react-i18next";
import { Input, Radios } from "~/components/govuk/form";
import { useFields } from "~/components/journey/step-form";
import { COMPLAINANTS } from "../codes";
import { ALWAYS, checkRevealedText, choice, revealedText } from "../fields";
import { defineStep } from "../step";

export const answer = z.object({ complainant: z.enum(COMPLAINANTS), otherDescription: z.string().optional() });

function WhoPage() {
  const { t } = useTranslation("journey");
  const f = useFields();
  return (
    <Radios
      name="complainant"
      legend={{ text: t("who.title"), size: "l", isPageHeading: true }}
      error={f.error("complainant")}
      value={f.value("complainant")}
      items={COMPLAINANTS.map((value) => ({
        value,
        label: t(`who.options.${value}`),
        hint: value === "advocate" ? t("who.hints.advocate") : undefined,
        conditional:
          value === "other" ? (
            <Input name="otherDescription" label={{ text: t("who.otherLabel") }} error={f.error("otherDescription")} defaultValue={f.value("otherDescription")} />
          ) : undefined,
      }))}
    />
  );
}

export const step = defineStep({
  kind: "who",
  slug: "who",
  section: "you",
  title: "who.title",
  owns: ["who"],
  schema: () =>
    z
      .object({ complainant: choice(COMPLAINANTS, "errors.who.required"), otherDescription: revealedText() })
      .superRefine((v, ctx) => {
        if (v.complainant === "other") checkRevealedText(ctx, "otherDescription", v.otherDescription, { requiredKey: "errors.who.otherRequired", max: 200 });
      }, ALWAYS),
  toForm: (a) => (a.who ? { complainant: a.who.complainant, otherDescription: a.who.otherDescription } : undefined),
  store: (a, v) => ({ ...a, who: { complainant: v.complainant, otherDescription: v.complainant === "other" ? v.otherDescription : undefined } }),
  rows: ({ answers: { who }, t }) => [
    {
      key: t("check.rows.who"),
      value: who ? (who.complainant === "other" ? (who.otherDescription ?? "") : t(`who.options.${who.complainant}`)) : "",
      freeText: who?.complainant === "other",
    },
  ],
  Component: WhoPage,
});
