import { isRouteErrorResponse, Outlet, useRouteError } from "@remix-run/react";
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { isLang } from "~/i18n/config";
import { langCookieHeader, rememberedLang } from "~/i18n/i18n.server";
import { ErrorPage, errorKind } from "~/components/error-page";
import { useLang } from "~/utils/hooks";

/** Every page lives under /en or /cy; the language shown is remembered for `/`. */
export function loader({ request, params }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw new Response(null, { status: 404 });
  if (rememberedLang(request) === params.lang) return null;
  const secure = new URL(request.url).protocol === "https:";
  return data(null, { headers: { "Set-Cookie": langCookieHeader(params.lang, secure) } });
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
