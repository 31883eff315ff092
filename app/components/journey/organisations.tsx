import { useTranslation } from "react-i18next";
import { BODY_TYPES, FUNDINGS, NATIONS } from "~/routing/types";
import { isDirectoryType, needsFunding, NOT_LISTED } from "~/journey/steps";
import type { OrgView, StepView } from "~/journey/view";
import { Input, Radios } from "~/components/govuk/form";
import { Button } from "~/components/govuk/button";
import { Heading, InsetText, LinkButtonForm, P, SummaryList, Tag } from "~/components/govuk/typography";
import { useFields } from "./step-form";
import { useCsrf } from "~/utils/hooks";
import { useMonthYear } from "./month-year";

/** Name shown for an organisation, or its number while it has none. */
export function useOrgLabel() {
  const { t } = useTranslation("journey");
  return (org: OrgView | undefined, index: number) => org?.name ?? t("check.rows.organisation", { number: index + 1 });
}

export function OrgNotice({ org }: { org?: { notice?: { key: string; values: Record<string, string> } } }) {
  const { t } = useTranslation("directory");
  return org?.notice ? <InsetText>{t(org.notice.key, org.notice.values)}</InsetText> : null;
}

export function OrgTypeStep() {
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

/** The GET search form of the "which organisation" page; it sits outside the step's POST form. */
export function OrgSearch({ view }: { view: StepView }) {
  const { t } = useTranslation(["journey", "directory"]);
  const type = view.org?.type ?? "other";
  return (
    <>
      <Heading caption={t(`directory:bodyType.${type}.label`)}>{t(`orgWhich.titles.${isDirectoryType(type) ? type : "other"}`)}</Heading>
      <form method="get" action={view.action.split("?")[0]} role="search" className="app-search">
        {view.action.includes("change=1") ? <input type="hidden" name="change" value="1" /> : null}
        <Input
          name="q"
          type="search"
          label={{ text: t("orgWhich.searchLabel") }}
          hint={t("orgWhich.searchHint")}
          error={undefined}
          defaultValue={view.search?.query}
          autoComplete="off"
          spellCheck={false}
        />
        <Button variant="secondary">{t("search")}</Button>
      </form>
    </>
  );
}

function NameAndNation() {
  const { t } = useTranslation("journey");
  const f = useFields();
  return (
    <>
      <Input name="name" label={{ text: t("orgWhich.nameLabel"), size: "s" }} error={f.error("name")} defaultValue={f.value("name")} autoComplete="organization" />
      <Radios
        name="nation"
        legend={{ text: t("orgWhich.nationLegend"), size: "s" }}
        error={f.error("nation")}
        value={f.value("nation")}
        small
        items={NATIONS.map((value) => ({ value, label: t(`nation.${value}`) }))}
      />
    </>
  );
}

export function OrgWhichStep({ view }: { view: StepView }) {
  const { t } = useTranslation(["journey", "directory"]);
  const f = useFields();
  const type = view.org?.type;
  if (isDirectoryType(type)) {
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

export function OrgComplaintStep({ view }: { view: StepView }) {
  const { t } = useTranslation("journey");
  const f = useFields();
  const date = useMonthYear();
  return (
    <>
      <OrgNotice org={view.org} />
      <Radios
        name="status"
        legend={{
          text: (
            <>
              <span className="govuk-caption-l">{view.org?.name}</span>
              {t("orgComplaint.title")}
            </>
          ),
          size: "l",
          isPageHeading: true,
        }}
        hint={t("orgComplaint.hint")}
        error={f.error("status")}
        value={f.value("status")}
        items={[
          {
            value: "final-response",
            label: t("orgComplaint.options.final-response"),
            conditional: (
              <>
                {date("finalMade", t("orgComplaint.madeLegend"))}
                {date("final", t("orgComplaint.finalLegend"))}
              </>
            ),
          },
          { value: "awaiting-response", label: t("orgComplaint.options.awaiting-response"), conditional: date("awaitingMade", t("orgComplaint.madeLegend")) },
          { value: "not-made", label: t("orgComplaint.options.not-made") },
        ]}
      />
    </>
  );
}

/** The list of organisations (add another): rows with change and remove, then "add another?". */
export function OrganisationsList({ view }: { view: StepView }) {
  const { t } = useTranslation(["journey", "directory"]);
  const csrf = useCsrf();
  const label = useOrgLabel();
  const count = view.orgs.length;
  return (
    <>
      <Heading>{t("organisations.title", { count })}</Heading>
      {count === 0 ? <P>{t("organisations.none")}</P> : null}
      <SummaryList
        rows={view.orgs.map((org, index) => {
          const name = label(org, index);
          const details = [
            org.type ? t(`directory:bodyType.${org.type}.label`) : null,
            org.nation ? t(`nation.${org.nation}`) : null,
            org.local ? t(`organisations.status.${org.local.status}`) : null,
          ].filter(Boolean);
          return {
            key: name,
            value: (
              <>
                {details.join(" · ")}
                {org.complete ? null : (
                  <>
                    {details.length ? " " : null}
                    <Tag colour="yellow">{t("organisations.incomplete")}</Tag>
                  </>
                )}
                {org.notice ? <P size="s">{t(`directory:${org.notice.key}`, org.notice.values)}</P> : null}
              </>
            ),
            actions: [
              {
                href: `/${view.lang}/complaint/organisations/${org.id}/type`,
                text: org.complete ? t("change") : t("organisations.finish"),
                hidden: name,
              },
              { form: <LinkButtonForm action={view.action} fields={{ csrf, intent: "remove", orgId: org.id }} text={t("remove")} hidden={name} /> },
            ],
          };
        })}
      />
      {view.orgs.some((org) => !org.complete) ? <P>{t("organisations.finishFirst")}</P> : null}
    </>
  );
}

export function OrganisationsAddAnother({ view }: { view: StepView }) {
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
      items={[
        { value: "yes", label: t("organisations.yes") },
        { value: "no", label: t("organisations.no") },
      ]}
    />
  );
}
