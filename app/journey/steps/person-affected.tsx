import * as z from "zod";
import { useTranslation } from "react-i18next";
import { PERSON_AFFECTED } from "~/routing/types";
import { Input, Radios } from "~/components/govuk/form";
import { Heading } from "~/components/govuk/typography";
import { useFields } from "~/components/journey/step-form";
import { choice, text } from "../fields";
import { isRepresentative } from "../people";
import { defineStep } from "../step";

export const answer = z.object({ fullName: z.string(), status: z.enum(PERSON_AFFECTED) });

function PersonAffectedPage() {
  const { t } = useTranslation("journey");
  const f = useFields();
  return (
    <>
      <Heading>{t("personAffected.title")}</Heading>
      <Input name="fullName" label={{ text: t("personAffected.nameLabel"), size: "s" }} error={f.error("fullName")} defaultValue={f.value("fullName")} autoComplete="off" spellCheck={false} />
      <Radios
        name="status"
        legend={{ text: t("personAffected.statusLegend"), size: "s" }}
        error={f.error("status")}
        value={f.value("status")}
        items={PERSON_AFFECTED.map((value) => ({
          value,
          label: t(`personAffected.status.${value}`),
          hint: value === "can-consent" || value === "lacks-capacity" ? t(`personAffected.statusHints.${value}`) : undefined,
        }))}
      />
    </>
  );
}

export const step = defineStep({
  kind: "person-affected",
  slug: "person-affected",
  section: "person",
  title: "personAffected.title",
  onPath: isRepresentative,
  owns: ["personAffected"],
  schema: () => z.object({ fullName: text("errors.personAffected.nameRequired", 200), status: choice(PERSON_AFFECTED, "errors.personAffected.statusRequired") }),
  toForm: (a) => (a.personAffected ? { ...a.personAffected } : undefined),
  store: (a, value) => ({ ...a, personAffected: value }),
  rows: ({ answers: { personAffected }, t }) =>
    personAffected
      ? [
          { key: t("check.rows.personName"), value: personAffected.fullName, freeText: true },
          { key: t("check.rows.personStatus"), value: t(`personAffected.status.${personAffected.status}`) },
        ]
      : [],
  Component: PersonAffectedPage,
});
