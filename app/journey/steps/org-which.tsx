import * as z from "zod";
import { useTranslation } from "react-i18next";
import { FUNDINGS, NATIONS } from "~/routing/types";
import { Radios } from "~/components/govuk/form";
import { Heading, P } from "~/components/govuk/typography";
import { useFields } from "~/components/journey/step-form";
import { NameAndNation, OrgSearch } from "~/components/journey/organisations";
import { ALWAYS, checkRevealedText, choice, required, revealedText, text } from "../fields";
import { findOrg, isDirectoryType, needsFunding, NOT_LISTED, updateOrg } from "../organisation";
import { defineStep } from "../step";
import type { StepView } from "../view";

export const fields = {
  /** Directory code (ONS/ODS) when chosen from the directory. */
  code: z.string().optional(),
  /** Free-text name when not chosen from the directory. */
  name: z.string().optional(),
  nation: z.enum(NATIONS).optional(),
  funding: z.enum(FUNDINGS).optional(),
};

type Which = { code?: string; name?: string; nation?: (typeof NATIONS)[number]; funding?: (typeof FUNDINGS)[number] };

function DirectoryChoice({ view }: { view: StepView }) {
  const { t } = useTranslation(["journey", "directory"]);
  const f = useFields();
  const results = view.search?.results ?? [];
  const searched = Boolean(view.search?.query);
  return (
    <>
      {searched ? (
        <P>
          {view.search?.notice === "too-general"
            ? t("directory:search.tooGeneral")
            : results.length === 0
              ? t("directory:search.noResults")
              : t("directory:search.results", { count: view.search?.total ?? results.length })}
        </P>
      ) : null}
      <Radios
        name="code"
        legend={{ text: t("orgWhich.chooseLegend"), size: "s" }}
        error={f.error("code")}
        value={f.value("code")}
        items={[
          ...results.map((result) => ({
            value: result.code,
            label: result.name,
            hint: result.notice ? t(`directory:${result.notice.key}`, result.notice.values) : undefined,
          })),
          ...(results.length > 0 ? [{ value: "divider", label: "", divider: t("orgWhich.or") }] : []),
          { value: NOT_LISTED, label: t("orgWhich.notListed"), conditional: <NameAndNation /> },
        ]}
      />
    </>
  );
}

function OrgWhichPage({ view }: { view: StepView }) {
  const { t } = useTranslation(["journey", "directory"]);
  const f = useFields();
  const type = view.facts.orgType;
  if (isDirectoryType(type)) return <DirectoryChoice view={view} />;
  return (
    <>
      <Heading caption={type ? t(`directory:bodyType.${type}.label`) : undefined}>{t("orgWhich.titles.other")}</Heading>
      <NameAndNation />
      {needsFunding(type) ? (
        <Radios
          name="funding"
          legend={{ text: t("orgWhich.fundingLegend"), size: "s" }}
          hint={t("orgWhich.fundingHint")}
          error={f.error("funding")}
          value={f.value("funding")}
          items={FUNDINGS.map((value) => ({ value, label: t(`orgWhich.funding.${value}`) }))}
        />
      ) : null}
    </>
  );
}

function SearchAbove({ view }: { view: StepView }) {
  return isDirectoryType(view.facts.orgType) ? <OrgSearch view={view} /> : null;
}

export const step = defineStep({
  kind: "org-which",
  slug: "which",
  section: "organisations",
  perOrganisation: true,
  title: (a, orgId) => {
    const type = findOrg(a, orgId)?.type;
    return type && isDirectoryType(type) ? `orgWhich.titles.${type}` : "orgWhich.titles.other";
  },
  ownsOrg: ["code", "name", "nation", "funding"],
  schema: ({ facts, knownCode }): z.ZodType<Which> => {
    const type = facts.orgType;
    if (isDirectoryType(type)) {
      return z
        .object({ code: required("errors.orgWhich.chooseRequired"), name: revealedText(), nation: z.enum(NATIONS, { error: "errors.orgWhich.nationRequired" }).optional() })
        .superRefine((v, ctx) => {
          if (v.code === NOT_LISTED) {
            checkRevealedText(ctx, "name", v.name, { requiredKey: "errors.orgWhich.nameRequired", max: 200 });
            if (!v.nation) ctx.addIssue({ code: "custom", path: ["nation"], message: "errors.orgWhich.nationRequired" });
          } else if (v.code && knownCode && type && !knownCode(v.code, type)) {
            ctx.addIssue({ code: "custom", path: ["code"], message: "errors.orgWhich.unknownCode" });
          }
        }, ALWAYS);
    }
    const named = z.object({ name: text("errors.orgWhich.nameRequired", 200), nation: choice(NATIONS, "errors.orgWhich.nationRequired") });
    return needsFunding(type) ? named.extend({ funding: choice(FUNDINGS, "errors.orgWhich.fundingRequired") }) : named;
  },
  toForm: (a, orgId) => {
    const org = findOrg(a, orgId);
    if (!org || (!org.code && !org.name)) return undefined;
    if (isDirectoryType(org.type)) return org.code ? { code: org.code } : { code: NOT_LISTED, name: org.name, nation: org.nation };
    return { name: org.name, nation: org.nation, funding: org.funding };
  },
  store: (a, v, orgId) =>
    updateOrg(a, orgId, (org) =>
      v.code && v.code !== NOT_LISTED
        ? { id: org.id, type: org.type, code: v.code, local: org.local }
        : { id: org.id, type: org.type, name: v.name, nation: v.nation, funding: needsFunding(org.type) ? v.funding : undefined, local: org.local },
    ),
  rows: ({ org, t }) => [
    {
      key: t("check.rows.orgName"),
      value: [org?.name ?? "", org?.nation ? t(`nation.${org.nation}`) : "", org?.funding ? t(`orgWhich.funding.${org.funding}`) : ""].filter(Boolean).join("\n"),
    },
  ],
  Component: OrgWhichPage,
  page: { Before: SearchAbove },
});
