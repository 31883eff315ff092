import { useTranslation } from "react-i18next";
import { Column, GridRow } from "~/components/govuk/layout";
import { Heading, Link, P } from "~/components/govuk/typography";
import type { Lang } from "~/i18n/config";

export type ErrorKind = "notFound" | "tooLarge" | "tooMany" | "badRequest" | "serverError";

export function errorKind(status: number): ErrorKind {
  if (status === 404 || status === 410) return "notFound";
  if (status === 413) return "tooLarge";
  if (status === 429) return "tooMany";
  return status >= 400 && status < 500 ? "badRequest" : "serverError";
}

/** The translated page for a failed request; never shows technical detail. */
export function ErrorPage({ kind, lang }: { kind: ErrorKind; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <GridRow>
      <Column>
        <Heading>{t(`errors.${kind}.title`)}</Heading>
        {kind === "notFound" ? (
          <>
            <P>{t("errors.notFound.typed")}</P>
            <P>{t("errors.notFound.pasted")}</P>
            <P>
              <Link href={`/${lang}`}>{t("errors.notFound.start")}</Link>
            </P>
          </>
        ) : kind === "serverError" ? (
          <>
            <P>{t("errors.serverError.body")}</P>
            <P>{t("errors.serverError.saved")}</P>
            <P>{t("errors.serverError.phone")}</P>
            <P>
              <Link href={`/${lang}/help`}>{t("errors.serverError.help")}</Link>
            </P>
          </>
        ) : (
          <P>{t(`errors.${kind}.body`)}</P>
        )}
      </Column>
    </GridRow>
  );
}
