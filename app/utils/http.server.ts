import { isLang, type Lang } from "~/i18n/config";

/** Personal pages are never kept by the browser or anything between. */
export const NO_STORE = { "Cache-Control": "no-store" } as const;

/** The language in the URL, or a 404 for anything else. */
export function requireLang(params: { lang?: string }): Lang {
  if (!isLang(params.lang)) throw new Response(null, { status: 404 });
  return params.lang;
}

/** Whether the request came over HTTPS, so cookies can be marked Secure. */
export const isSecure = (request: Request) => new URL(request.url).protocol === "https:";
