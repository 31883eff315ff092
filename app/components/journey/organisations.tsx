import { useTranslation } from "react-i18next";
import { NATIONS } from "~/routing/types";
import { isDirectoryType } from "~/journey/organisation";
import type { OrgView, StepView } from "~/journey/view";
import { Input, Radios } from "~/components/govuk/form";
import { Button } from "~/components/govuk/button";
import { Heading, InsetText, LinkButtonForm, P, SummaryList, Tag } from "~/components/govuk/typography";
import { useFields } from "./step-form";
import { useCsrf } from "~/utils/hooks";

/** Name shown for an organisation, or its number while it has none. */
export function useOrgLabel() {
  const { t } = useTranslation("journey");
  return (org: OrgView | undefined, index: number) => org?.name ?? t("check.rows.organisation", { number: index + 1 });
}

export function OrgNotice({ org }: { org?: { notice?: { key: string; values: Record<string, string> } } }) {
  const { t } = useTranslation("directory");
  return org?.notice ? <InsetText>{t(org.notice.key, org.notice.values)}</InsetText> : null;
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

/** Name and nation for an organisation not in the directory. */
export function NameAndNation() {
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

