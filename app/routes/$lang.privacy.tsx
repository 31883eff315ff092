import { useLang, usePublicConfig, useStrings } from "~/utils/hooks";
import { Column, GridRow } from "~/components/govuk/layout";
import { Heading, List, P } from "~/components/govuk/typography";
import { ContactCard } from "~/components/contact-card";
import type { PageHandle } from "~/utils/page";

export const handle: PageHandle = { titleKey: "pages:privacy.title" };

export default function PrivacyPage() {
  const lang = useLang();
  const { supportEmail } = usePublicConfig();
  const { t, list } = useStrings("pages");
  return (
    <GridRow>
      <Column>
        <Heading>{t("privacy.title")}</Heading>
        <P>{t("privacy.intro")}</P>
        <Heading level={2} size="m">
          {t("privacy.collect.heading")}
        </Heading>
        <List items={list("privacy.collect.items")} />
        <P>{t("privacy.collect.not")}</P>
        <Heading level={2} size="m">
          {t("privacy.why.heading")}
        </Heading>
        <P>{t("privacy.why.body")}</P>
        <Heading level={2} size="m">
          {t("privacy.share.heading")}
        </Heading>
        <P>{t("privacy.share.body")}</P>
        <Heading level={2} size="m">
          {t("privacy.keep.heading")}
        </Heading>
        <P>{t("privacy.keep.draft")}</P>
        <P>{t("privacy.keep.sent")}</P>
        <Heading level={2} size="m">
          {t("privacy.rights.heading")}
        </Heading>
        <P>{t("privacy.rights.intro")}</P>
        <List items={list("privacy.rights.items")} />
        <P>{t("privacy.rights.contact", { email: supportEmail })}</P>
        <Heading level={2} size="m">
          {t("privacy.ico.heading")}
        </Heading>
        <P>{t("privacy.ico.body")}</P>
        <ContactCard id="ico" lang={lang} name={t("privacy.ico.name")} />
      </Column>
    </GridRow>
  );
}
