import i18next, { type i18n as I18n, type TFunction } from "i18next";
import type { Lang } from "./config";
import type { LangResources } from "./resources.server";

/**
 * A fresh i18next instance for one language: per request on the server, once
 * per page load in the browser. Only the active language's resources are given.
 */
export function createI18n(lang: Lang, resources: LangResources, plugins: unknown[] = []): I18n {
  const instance = i18next.createInstance();
  for (const plugin of plugins) instance.use(plugin as Parameters<I18n["use"]>[0]);
  void instance.init({
    lng: lang,
    fallbackLng: false,
    supportedLngs: ["en", "cy"],
    ns: Object.keys(resources),
    defaultNS: "common",
    resources: { [lang]: resources },
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
    react: { useSuspense: false },
  } as Parameters<I18n["init"]>[0]);
  return instance;
}

export type { TFunction };
