import { useTranslation } from "react-i18next";
import type { SubmissionResult } from "@conform-to/react";
import { Column, GridRow } from "~/components/govuk/layout";
import { Button, ButtonLink } from "~/components/govuk/button";
import { ErrorSummary, Input } from "~/components/govuk/form";
import { Heading, Link, P } from "~/components/govuk/typography";
import { CsrfField } from "~/components/csrf-field";
import { useLang } from "~/utils/hooks";
import { useFieldErrors } from "~/components/use-field-errors";
import { dateText } from "~/i18n/dates";

type Saved = { draft: false } | { draft: true; email: string; expiresOn: string };
type Result = SubmissionResult<string[]> | undefined;

function useLongDate() {
  const { t } = useTranslation();
  return (iso: string) => dateText(iso, t);
}

function NothingSaved() {
  const { t } = useTranslation("submission");
  const lang = useLang();
  return (
    <>
      <P>{t("save.nothing")}</P>
      <ButtonLink href={`/${lang}/complaint`}>{t("save.start")}</ButtonLink>
    </>
  );
}

/** "Save and come back later": email a single-use link to this draft. */
export function SavePage({ saved, result }: { saved: Saved; result: Result }) {
  const { t } = useTranslation(["submission", "common"]);
  const lang = useLang();
  const longDate = useLongDate();
  const { error, summary } = useFieldErrors(result?.error ?? {}, "submission");
  return (
    <GridRow>
      <Column>
        <ErrorSummary title={t("common:errors.summaryTitle")} errors={summary} />
        <Heading>{t("save.title")}</Heading>
        {saved.draft ? (
          <>
            <P>{t("save.intro")}</P>
            <P>{t("save.expiry", { date: longDate(saved.expiresOn) })}</P>
            <form method="post" action={`/${lang}/complaint/save`} noValidate>
              <CsrfField />
              <Input
                name="email"
                type="email"
                label={{ text: t("save.emailLabel"), size: "s" }}
                error={error("email")}
                defaultValue={typeof result?.initialValue?.email === "string" ? result.initialValue.email : saved.email}
                autoComplete="email"
                spellCheck={false}
              />
              <Button preventDoubleClick>{t("save.send")}</Button>
            </form>
            <P>
              <Link href={`/${lang}/complaint`}>{t("save.back")}</Link>
            </P>
          </>
        ) : (
          <NothingSaved />
        )}
      </Column>
    </GridRow>
  );
}

export function SaveSentPage({ saved }: { saved: Saved }) {
  const { t } = useTranslation("submission");
  const lang = useLang();
  const longDate = useLongDate();
  return (
    <GridRow>
      <Column>
        <Heading>{t("save.sentTitle")}</Heading>
        {saved.draft ? (
          <>
            <P>{t("save.sent", { date: longDate(saved.expiresOn) })}</P>
            <P>{t("save.sentShared")}</P>
            <P>
              <Link href={`/${lang}/complaint`}>{t("save.back")}</Link>
            </P>
          </>
        ) : (
          <NothingSaved />
        )}
      </Column>
    </GridRow>
  );
}

/** Behind the emailed link: one press uses it and restores the answers. */
export function ReturnPage({ valid }: { valid: boolean }) {
  const { t } = useTranslation("submission");
  const lang = useLang();
  return (
    <GridRow>
      <Column>
        {valid ? (
          <>
            <Heading>{t("return.title")}</Heading>
            <P>{t("return.body")}</P>
            <form method="post">
              <CsrfField />
              <Button preventDoubleClick>{t("return.continue")}</Button>
            </form>
          </>
        ) : (
          <>
            <Heading>{t("return.expiredTitle")}</Heading>
            <P>{t("return.expired")}</P>
            <P>{t("return.expiredNext")}</P>
            <ButtonLink href={`/${lang}/complaint`}>{t("save.start")}</ButtonLink>
          </>
        )}
      </Column>
    </GridRow>
  );
}
