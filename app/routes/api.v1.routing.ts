import type { ActionFunctionArgs } from "@remix-run/node";
import { handleRoutingRequest, requestErrorResponse } from "~/routing/api";
import { routingConfig } from "~/routing/config";
import { isoDateInTimeZone } from "~/routing/dates";
import { acceptLanguage } from "~/i18n/i18n.server";
import { isLang } from "~/i18n/config";
import { readBodyText } from "~/utils/body.server";

/** POST /api/v1/routing: the routing engine as JSON (see docs/routing.md). No session, no cookie, no write. */
export async function action({ request }: ActionFunctionArgs) {
  const queryLang = new URL(request.url).searchParams.get("lang");
  const lang = isLang(queryLang) ? queryLang : (acceptLanguage(request.headers.get("Accept-Language")) ?? "en");
  const body = await readBodyText(request, routingConfig.api.maxRequestBytes).catch(() => undefined);
  const result = !body
    ? requestErrorResponse(400, "json-invalid", lang)
    : !body.ok
      ? requestErrorResponse(413, "request-too-large", lang)
      : handleRoutingRequest({ bodyText: body.text, contentType: request.headers.get("Content-Type"), lang, today: isoDateInTimeZone(new Date()) });
  return new Response(JSON.stringify(result.json), {
    status: result.status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Language": lang, "Cache-Control": "no-store" },
  });
}

/** Only POST is served here. */
export function loader() {
  return new Response(null, { status: 405, headers: { Allow: "POST" } });
}
