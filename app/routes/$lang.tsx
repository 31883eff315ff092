import { isRouteErrorResponse, Outlet, useRouteError } from "@remix-run/react";
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { langCookieHeader, rememberedLang } from "~/i18n/i18n.server";
import { ErrorPage, errorKind } from "~/components/error-page";
import { useLang } from "~/utils/hooks";
import { isSecure, requireLang } from "~/utils/http.server";

/** Every page lives under /en or /cy; the language shown is remembered for `/`. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  if (rememberedLang(request) === lang) return null;
  const secure = isSecure(request);
  return data(null, { headers: { "Set-Cookie": langCookieHeader(lang, secure) } });
}

export default function LangLayout() {
  return <Outlet />;
}

/**
 * Errors inside a language's pages render here, below the root, so the root
 * still loads the page's language even when an action failed.
 */
export function ErrorBoundary() {
  const error = useRouteError();
  const lang = useLang();
  return <ErrorPage kind={errorKind(isRouteErrorResponse(error) ? error.status : 500)} lang={lang} />;
}
