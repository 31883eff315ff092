import * as z from "zod";
import { useTranslation } from "react-i18next";
import { Radios } from "~/components/govuk/form";
import { Button } from "~/components/govuk/button";
import { P } from "~/components/govuk/typography";
import { useFields } from "~/components/journey/step-form";
import { OrganisationsList } from "~/components/journey/organisations";
import { YES_NO } from "../codes";
import { ALWAYS, choice } from "../fields";
import { defineStep } from "../step";
import type { StepView } from "../view";
import * as orgType from "./org-type";
import * as orgWhich from "./org-which";
import * as orgComplaint from "./org-complaint";

/** Each organisation: a stable id (in URLs, nothing personal) and the fields its own steps store. */
export const organisation = z.object({ id: z.string(), ...orgType.fields, ...orgWhich.fields, ...orgComplaint.fields });
export const answer = z.array(organisation);
/** The answer to "do you need to add another organisation?" once the list is done. */
export const doneAnswer = z.boolean();

function AddAnother({ view }: { view: StepView }) {
  const { t } = useTranslation("journey");
  const f = useFields();
  if (view.orgs.length === 0) return <Button name="intent" value="add">{t("organisations.addFirst")}</Button>;
  if (view.orgs.length >= view.maxOrganisations) return <P>{t("organisations.limit")}</P>;
  return (
    <Radios
      name="addAnother"
      legend={{ text: t("organisations.addAnotherLegend"), size: "m" }}
      error={f.error("addAnother")}
      value={f.value("addAnother")}
      inline
      items={YES_NO.map((value) => ({ value, label: t(`organisations.${value}`) }))}
    />
  );
}

/** The list of organisations (add another). Adding and removing are intents handled before this step's form. */
export const step = defineStep({
  kind: "organisations",
  slug: "organisations",
  section: "organisations",
  title: (a) => ({ key: "organisations.title", values: { count: a.organisations?.length ?? 0 } }),
  owns: ["organisations", "organisationsDone"],
  // "Add an organisation" (intent=add) needs no answer; "Continue" needs yes or no.
  schema: () =>
    z
      .object({ intent: z.string().optional(), addAnother: choice(YES_NO, "errors.organisations.addAnotherRequired").optional() })
      .superRefine((v, ctx) => {
        if (v.intent !== "add" && !v.addAnother) ctx.addIssue({ code: "custom", path: ["addAnother"], message: "errors.organisations.addAnotherRequired" });
      }, ALWAYS),
  toForm: (a) => (a.organisationsDone ? { addAnother: "no" } : undefined),
  store: (a, v) => ({ ...a, organisationsDone: v.addAnother === "no" }),
  complete: (a, check) => {
    const orgs = a.organisations ?? [];
    return orgs.length > 0 && orgs.every((org) => check.orgComplete(org.id)) && a.organisationsDone === true && check.formValid();
  },
  Component: AddAnother,
  page: { Before: OrganisationsList, hideSubmit: (view) => view.orgs.length === 0 },
});
