import { useTranslation } from "react-i18next";
import { useLang, usePublicConfig } from "~/utils/hooks";
import { Column, GridRow } from "~/components/govuk/layout";
import { Heading, Link, P } from "~/components/govuk/typography";
import { ContactCard } from "~/components/contact-card";
import type { PageHandle } from "~/utils/page";

export const handle: PageHandle = { titleKey: "pages:help.title" };

export default function HelpPage() {
  const lang = useLang();
  const { supportEmail } = usePublicConfig();
  const { t } = useTranslation("pages");
  const { t: tr } = useTranslation("routing");
  return (
    <GridRow>
      <Column>
        <Heading>{t("help.title")}</Heading>
        <P>{t("help.intro")}</P>
        <Heading level={2} size="m">
          {t("help.urgent.heading")}
        </Heading>
        <P>{t("help.urgent.body")}</P>
        <Heading level={2} size="m">
          {t("help.advocacy.heading")}
        </Heading>
        <P>{t("help.advocacy.england")}</P>
        <P>{t("help.advocacy.wales")}</P>
        <ContactCard id="llais" lang={lang} name={tr("signpost.llais.name")} />
        <Heading level={2} size="m">
          {t("help.ombudsmen.heading")}
        </Heading>
        <P>{t("help.ombudsmen.body")}</P>
        {(["lgsco", "phso", "psow"] as const).map((id) => (
          <ContactCard key={id} id={id} lang={lang} name={tr(`ombudsman.${id}.name`)} />
        ))}
        <Heading level={2} size="m">
          {t("help.service.heading")}
        </Heading>
        <P>{t("help.service.body", { email: supportEmail })}</P>
        <P>
          <Link href={`mailto:${supportEmail}`}>{supportEmail}</Link>
        </P>
      </Column>
    </GridRow>
  );
}
