import { useStrings, useLang } from "~/utils/hooks";
import { Column, GridRow } from "~/components/govuk/layout";
import { ButtonLink } from "~/components/govuk/button";
import { Heading, List, P, WarningText } from "~/components/govuk/typography";
import { ContactCard } from "~/components/contact-card";
import { useTranslation } from "react-i18next";
import type { PageHandle } from "~/utils/page";

export const handle: PageHandle = { titleKey: "pages:start.title" };

export default function StartPage() {
  const lang = useLang();
  const { t, list } = useStrings("pages");
  const { t: tr } = useTranslation("routing");
  return (
    <GridRow>
      <Column>
        <Heading size="xl">{t("start.title")}</Heading>
        <P lead>{t("start.lead")}</P>
        <Heading level={2} size="m">
          {t("start.does.heading")}
        </Heading>
        <P>{t("start.does.ombudsmen")}</P>
        <List items={list("start.does.items")} />
        <Heading level={2} size="m">
          {t("start.who.heading")}
        </Heading>
        <List items={list("start.who.items")} />
        <Heading level={2} size="m">
          {t("start.ready.heading")}
        </Heading>
        <P>{t("start.ready.intro")}</P>
        <List items={list("start.ready.items")} />
        <P>{t("start.ready.time")}</P>
        <P>{t("start.free")}</P>
        <WarningText assistive={t("common:warning")}>{t("start.urgent")}</WarningText>
        <ButtonLink href={`/${lang}/complaint`} start>
          {t("start.startNow")}
        </ButtonLink>
        <Heading level={2} size="m">
          {t("start.help.heading")}
        </Heading>
        <P>{t("start.help.body")}</P>
        <Heading level={2} size="m">
          {t("start.other.heading")}
        </Heading>
        <P>{t("start.other.body")}</P>
        {(["lgsco", "phso", "psow"] as const).map((id) => (
          <ContactCard key={id} id={id} lang={lang} name={tr(`ombudsman.${id}.name`)} />
        ))}
      </Column>
    </GridRow>
  );
}
