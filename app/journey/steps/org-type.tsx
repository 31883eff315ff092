import * as z from "zod";
import { useTranslation } from "react-i18next";
import { BODY_TYPES } from "~/routing/types";
import { Radios } from "~/components/govuk/form";
import { useFields } from "~/components/journey/step-form";
import { choice } from "../fields";
import { findOrg, updateOrg } from "../organisation";
import { defineStep } from "../step";

export const fields = { type: z.enum(BODY_TYPES).optional() };

function OrgTypePage() {
  const { t } = useTranslation(["journey", "directory"]);
  const f = useFields();
  return (
    <Radios
      name="type"
      legend={{ text: t("orgType.title"), size: "l", isPageHeading: true }}
      hint={t("orgType.hint")}
      error={f.error("type")}
      value={f.value("type")}
      items={BODY_TYPES.map((value) => ({ value, label: t(`directory:bodyType.${value}.label`), hint: t(`directory:bodyType.${value}.hint`) }))}
    />
  );
}

export const step = defineStep({
  kind: "org-type",
  slug: "type",
  section: "organisations",
  perOrganisation: true,
  title: "orgType.title",
  ownsOrg: ["type"],
  schema: () => z.object({ type: choice(BODY_TYPES, "errors.orgType.required") }),
  toForm: (a, orgId) => {
    const type = findOrg(a, orgId)?.type;
    return type ? { type } : undefined;
  },
  // A new type makes the old choice of organisation and funding meaningless.
  store: (a, v, orgId) => updateOrg(a, orgId, (org) => (org.type === v.type ? org : { id: org.id, type: v.type, local: org.local })),
  rows: ({ org, t }) => [{ key: t("check.rows.orgType"), value: org?.type ? t(`directory:bodyType.${org.type}.label`) : "" }],
  Component: OrgTypePage,
});
