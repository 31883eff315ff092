import type { TFunction } from "i18next";
import { createI18n } from "./instance";
import { DEFAULT_LANG, LANG_COOKIE, LANGS, isLang, langFromPath, type Lang } from "./config";
import { loadResources } from "./resources.server";

/** A translate function for server code (meta, emails, API messages). */
export function getT(lang: Lang, ns = "common"): TFunction {
  return createI18n(lang, loadResources()[lang]).getFixedT(lang, ns);
}

function cookieLang(request: Request): Lang | undefined {
  const header = request.headers.get("Cookie") ?? "";
  const value = header
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LANG_COOKIE)?.[1];
  return isLang(value) ? value : undefined;
}

/** Highest-weighted supported language in an Accept-Language header. */
export function acceptLanguage(header: string | null): Lang | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { lang: tag.toLowerCase().split("-")[0], weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.map((entry) => entry.lang).find(isLang);
}

/** URL first, then the remembered choice, then the browser's preference, else English. */
export function detectLang(request: Request): Lang {
  return (
    langFromPath(new URL(request.url).pathname) ??
    cookieLang(request) ??
    acceptLanguage(request.headers.get("Accept-Language")) ??
    DEFAULT_LANG
  );
}

/** Remember the language of the page being served; essential cookie, one year. */
export function langCookieHeader(lang: Lang, secure: boolean): string {
  return `${LANG_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly${secure ? "; Secure" : ""}`;
}

export function rememberedLang(request: Request): Lang | undefined {
  return cookieLang(request);
}

export { LANGS };
