export const LANGS = ["en", "cy"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "en";
export const LANG_COOKIE = "lang";

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/** Replace the language prefix of a path, keeping the rest (used by the switcher). */
export function switchLangPath(pathname: string, to: Lang): string {
  const match = /^\/(en|cy)(?=\/|$)(.*)$/.exec(pathname);
  return match ? `/${to}${match[2] ?? ""}` : `/${to}`;
}

/** The language a path names, if any. */
export function langFromPath(pathname: string): Lang | undefined {
  const first = pathname.split("/")[1];
  return isLang(first) ? first : undefined;
}
