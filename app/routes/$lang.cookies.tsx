import { useTranslation } from "react-i18next";
import { Column, GridRow } from "~/components/govuk/layout";
import { Heading, P, Table } from "~/components/govuk/typography";
import { CSRF_COOKIE, DRAFT_COOKIE, LANG_COOKIE } from "~/utils/cookie-names";
import type { PageHandle } from "~/utils/page";

export const handle: PageHandle = { titleKey: "pages:cookies.title" };

/** Every cookie the service sets, by name; each one's words are in the locale files. */
const COOKIES = [
  { name: LANG_COOKIE, key: "lang" },
  { name: DRAFT_COOKIE, key: "draft" },
  { name: CSRF_COOKIE, key: "csrf" },
] as const;

export default function CookiesPage() {
  const { t } = useTranslation("pages");
  return (
    <GridRow>
      <Column>
        <Heading>{t("cookies.title")}</Heading>
        <P>{t("cookies.intro")}</P>
        <P>{t("cookies.none")}</P>
        <Table
          caption={t("cookies.tableCaption")}
          head={[t("cookies.name"), t("cookies.purpose"), t("cookies.expires")]}
          rows={COOKIES.map((cookie) => [cookie.name, t(`cookies.rows.${cookie.key}.purpose`), t(`cookies.rows.${cookie.key}.expires`)])}
        />
      </Column>
    </GridRow>
  );
}
