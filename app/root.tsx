import { useContext, useEffect, useMemo, type ReactNode } from "react";
import { data, type LinksFunction, type LoaderFunctionArgs } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useLocation,
  useMatches,
  useRouteError,
  useRouteLoaderData,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { UNSAFE_DataRouterStateContext } from "react-router";
import { I18nextProvider, initReactI18next, useTranslation } from "react-i18next";
import { createI18n } from "~/i18n/instance";
import { isLang, switchLangPath, type Lang } from "~/i18n/config";
import { detectLang } from "~/i18n/i18n.server";
import { clientResources } from "~/i18n/resources.server";
import { publicConfig } from "~/utils/public-config.server";
import { csrfToken } from "~/utils/csrf.server";
import { useNonce } from "~/utils/nonce";
import { initGovukFrontend } from "~/utils/govuk.client";
import { Footer, Header, LanguageNavigation, Main, SkipLink, WidthContainer } from "~/components/govuk/layout";
import { ErrorPage, errorKind, type ErrorKind } from "~/components/error-page";
import type { PageHandle } from "~/utils/page";
import stylesheet from "~/styles/generated/main.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang: Lang = isLang(params.lang) ? params.lang : detectLang(request);
  const csrf = await csrfToken(request);
  return data(
    { lang, resources: clientResources(lang), publicConfig: publicConfig(), csrf: csrf.token },
    csrf.setCookie ? { headers: { "Set-Cookie": csrf.setCookie } } : undefined,
  );
}

// The translations only change with the language.
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentParams, nextParams }) => currentParams.lang !== nextParams.lang;

function usePageTitle(): { key?: string; values?: Record<string, unknown>; hasErrors: boolean } {
  const matches = useMatches();
  const routerState = useContext(UNSAFE_DataRouterStateContext);
  // A page showing an error boundary is titled by the error.
  const thrown = Object.values(routerState?.errors ?? {})[0];
  if (thrown !== undefined) {
    return { key: `common:errors.${errorKind(isRouteErrorResponse(thrown) ? thrown.status : 500)}.title`, hasErrors: false };
  }
  const leaf = [...matches].reverse().find((match) => (match.handle as PageHandle | undefined)?.titleKey);
  const handle = leaf?.handle as PageHandle | undefined;
  const actionData = leaf ? (routerState?.actionData?.[leaf.id] as { status?: string } | undefined) : undefined;
  // A page whose title depends on its data (a journey step) names it in its loader data.
  const loaderData = leaf?.data as { titleKey?: string; titleValues?: Record<string, unknown> } | undefined;
  return { key: loaderData?.titleKey ?? handle?.titleKey, values: loaderData?.titleValues, hasErrors: actionData?.status === "error" };
}

function Document({ lang, title, children }: { lang: Lang; title: string; children: ReactNode }) {
  const nonce = useNonce();
  const { t } = useTranslation();
  const location = useLocation();
  useEffect(() => {
    initGovukFrontend?.();
  }, [location.key]);
  return (
    <html lang={lang} className="govuk-template">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#00625e" />
        <title>{title}</title>
        <Meta />
        <Links />
      </head>
      <body className="govuk-template__body">
        <script
          nonce={nonce}
          dangerouslySetInnerHTML={{
            __html: "document.body.className+=' js-enabled'+('noModule' in HTMLScriptElement.prototype?' govuk-frontend-supported':'');",
          }}
        />
        <SkipLink>{t("nav.skipLink")}</SkipLink>
        <Header homeHref={`/${lang}`} serviceName={t("service.name")} />
        <WidthContainer>
          <LanguageNavigation
            label={t("nav.languageLabel")}
            // Each language is named in itself on every page (never translated), so these are not in the locale files.
            items={[
              { lang: "en", label: "English", href: switchLangPath(location.pathname, "en") + location.search, current: lang === "en" },
              { lang: "cy", label: "Cymraeg", href: switchLangPath(location.pathname, "cy") + location.search, current: lang === "cy" },
            ]}
          />
          <Main>{children}</Main>
        </WidthContainer>
        <Footer
          heading={t("footer.heading")}
          links={[
            { href: `/${lang}/help`, text: t("footer.help") },
            { href: `/${lang}/accessibility`, text: t("footer.accessibility") },
            { href: `/${lang}/privacy`, text: t("footer.privacy") },
            { href: `/${lang}/cookies`, text: t("footer.cookies") },
            { href: `/${lang}/data-sources`, text: t("footer.dataSources") },
          ]}
          meta={t("footer.meta")}
        />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function useI18n() {
  const data = useRouteLoaderData<typeof loader>("root");
  const lang: Lang = data?.lang ?? "en";
  const i18n = useMemo(() => createI18n(lang, data?.resources ?? {}, [initReactI18next]), [lang, data?.resources]);
  return { lang, i18n };
}

function PageDocument({ lang, children }: { lang: Lang; children: ReactNode }) {
  const { t } = useTranslation();
  const title = usePageTitle();
  const page = title.key ? t(title.key, title.values ?? {}) : t("service.name");
  const full = `${title.hasErrors ? t("errors.titlePrefix") : ""}${page} – ${t("service.name")}`;
  return (
    <Document lang={lang} title={full}>
      {children}
    </Document>
  );
}

export default function App() {
  const { lang, i18n } = useI18n();
  return (
    <I18nextProvider i18n={i18n}>
      <PageDocument lang={lang}>
        <Outlet />
      </PageDocument>
    </I18nextProvider>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { lang, i18n } = useI18n();
  const kind = errorKind(isRouteErrorResponse(error) ? error.status : 500);
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorDocument lang={lang} kind={kind} />
    </I18nextProvider>
  );
}

function ErrorDocument({ lang, kind }: { lang: Lang; kind: ErrorKind }) {
  const { t } = useTranslation();
  return (
    <Document lang={lang} title={`${t(`errors.${kind}.title`)} – ${t("service.name")}`}>
      <ErrorPage kind={kind} lang={lang} />
    </Document>
  );
}
