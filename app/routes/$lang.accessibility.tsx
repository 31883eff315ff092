import { useLang, usePublicConfig, useStrings } from "~/utils/hooks";
import { Column, GridRow } from "~/components/govuk/layout";
import { Heading, Link, List, P } from "~/components/govuk/typography";
import type { PageHandle } from "~/utils/page";

export const handle: PageHandle = { titleKey: "pages:accessibility.title" };

const SECTIONS = ["how", "feedback", "reporting", "enforcement", "technical", "compliance", "preparation"] as const;

export default function AccessibilityPage() {
  const lang = useLang();
  const { supportEmail } = usePublicConfig();
  const { t, list } = useStrings("pages");
  return (
    <GridRow>
      <Column>
        <Heading>{t("accessibility.title")}</Heading>
        <P>{t("accessibility.intro")}</P>
        <P>{t("accessibility.aim")}</P>
        <List items={list("accessibility.aimItems")} />
        <P>{t("accessibility.plain")}</P>
        <P>
          <Link href="https://mcmw.abilitynet.org.uk/" external>
            {t("accessibility.abilityNet")}
          </Link>
        </P>
        {SECTIONS.map((section) => (
          <section key={section}>
            <Heading level={2} size="m">
              {t(`accessibility.${section}.heading`)}
            </Heading>
            <P>{t(`accessibility.${section}.body`, { email: supportEmail })}</P>
            {section === "feedback" ? (
              <P>
                <Link href={`/${lang}/help`}>{t("accessibility.feedback.ombudsmen")}</Link>
              </P>
            ) : null}
            {section === "enforcement" ? (
              <P>
                <Link href="https://www.equalityadvisoryservice.com/" external>
                  {t("accessibility.enforcement.eass")}
                </Link>
              </P>
            ) : null}
            {section === "preparation" ? <P>{t("accessibility.preparation.testing")}</P> : null}
          </section>
        ))}
      </Column>
    </GridRow>
  );
}
