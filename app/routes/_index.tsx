import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { acceptLanguage, rememberedLang } from "~/i18n/i18n.server";
import { DEFAULT_LANG } from "~/i18n/config";

/** `/` goes to the remembered language, else the browser's, else English. */
export function loader({ request }: LoaderFunctionArgs) {
  const lang = rememberedLang(request) ?? acceptLanguage(request.headers.get("Accept-Language")) ?? DEFAULT_LANG;
  return redirect(`/${lang}`, { headers: { Vary: "Accept-Language, Cookie" } });
}
