import { useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Lang } from "~/i18n/config";
import type { PublicConfig } from "~/utils/public-config.server";

type RootData = { lang: Lang; publicConfig: PublicConfig; csrf: string };

export function useLang(): Lang {
  return (useRouteLoaderData("root") as RootData | undefined)?.lang ?? "en";
}

export function usePublicConfig(): PublicConfig {
  return (useRouteLoaderData("root") as RootData).publicConfig;
}

/** A list of strings stored as a JSON array in the locale files. */
export function useStrings(ns: string) {
  const { t } = useTranslation(ns);
  return {
    t,
    list: (key: string): string[] => {
      const value = t(key, { returnObjects: true }) as unknown;
      return Array.isArray(value) ? value.map(String) : [];
    },
  };
}

/** The CSRF token every POST form must carry (see csrf.server.ts). */
export function useCsrf(): string {
  return (useRouteLoaderData("root") as RootData | undefined)?.csrf ?? "";
}
