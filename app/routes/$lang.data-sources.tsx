import { useTranslation } from "react-i18next";
import { Column, GridRow } from "~/components/govuk/layout";
import { Heading, Link, List, P } from "~/components/govuk/typography";
import type { Lang } from "~/i18n/config";
import { useLang } from "~/utils/hooks";
import type { PageHandle } from "~/utils/page";

export const handle: PageHandle = { titleKey: "pages:dataSources.title" };

/**
 * The licences, in the page language where the publisher has a translation.
 * Creative Commons publishes no Welsh deed for CC BY 4.0, so Welsh pages link
 * to the English one.
 */
export const LICENCE_URLS = {
  ogl: {
    en: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    cy: "https://www.nationalarchives.gov.uk/doc/open-government-licence-cymraeg/version/3/",
  },
  ccBy: {
    en: "https://creativecommons.org/licenses/by/4.0/",
    cy: "https://creativecommons.org/licenses/by/4.0/",
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** Attribution the licences of the directory data ask for. */
export default function DataSourcesPage() {
  const { t } = useTranslation("pages");
  const lang = useLang();
  return (
    <GridRow>
      <Column>
        <Heading>{t("dataSources.title")}</Heading>
        <P>{t("dataSources.intro")}</P>
        <List items={(["ons", "ods", "welsh", "mysociety"] as const).map((key) => t(`dataSources.list.${key}`))} />
        <P>{t("dataSources.date")}</P>
        <List
          items={[
            <Link key="ogl" href={LICENCE_URLS.ogl[lang]} external>
              {t("dataSources.ogl")}
            </Link>,
            <Link key="cc" href={LICENCE_URLS.ccBy[lang]} external>
              {t("dataSources.ccby")}
            </Link>,
          ]}
        />
      </Column>
    </GridRow>
  );
}
