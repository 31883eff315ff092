import { useTranslation } from "react-i18next";
import { Column, GridRow } from "~/components/govuk/layout";
import { Heading, Link, List, P } from "~/components/govuk/typography";
import type { PageHandle } from "~/utils/page";

export const handle: PageHandle = { titleKey: "pages:dataSources.title" };

const OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
const CC_BY = "https://creativecommons.org/licenses/by/4.0/";

/** Attribution the licences of the directory data ask for. */
export default function DataSourcesPage() {
  const { t } = useTranslation("pages");
  return (
    <GridRow>
      <Column>
        <Heading>{t("dataSources.title")}</Heading>
        <P>{t("dataSources.intro")}</P>
        <List items={(["ons", "ods", "welsh", "mysociety"] as const).map((key) => t(`dataSources.list.${key}`))} />
        <P>{t("dataSources.date")}</P>
        <List
          items={[
            <Link key="ogl" href={OGL} external>
              {t("dataSources.ogl")}
            </Link>,
            <Link key="cc" href={CC_BY} external>
              {t("dataSources.ccby")}
            </Link>,
          ]}
        />
      </Column>
    </GridRow>
  );
}
