// POST /api/v1/routing without the HTTP: the route reads the body text, the language and the
// server's date, calls handleRoutingRequest and writes status + JSON. It never throws.
import { routingConfig } from "./config";
import { routeComplaint } from "./engine";
import { validateRoutingRequest, type ErrorKey, type ValidationProblem } from "./schema";
import { createRoutingTranslator, errorMessage, reasonTexts, type ReasonText, type RoutingLanguage } from "./texts";
import type { IsoDate, RoutingResult } from "./types";

export interface RoutingApiRequest {
  /** The raw request body. */
  readonly bodyText: string;
  /** The Content-Type header, or null when there was none. */
  readonly contentType: string | null;
  /** From ?lang=cy or Accept-Language; English by default. */
  readonly lang: RoutingLanguage;
  /** The server's date in Europe/London (see isoDateInTimeZone); the request's own `today` wins. */
  readonly today: IsoDate;
}

export interface RoutingApiError {
  readonly path: string;
  readonly message: string;
}

/**
 * The contract's response, plus `readiness`, `timeLimitEndsOn`, per-body `reasonableTimeEndsOn`,
 * `today`, and on reasons `bodyIndex` (about one organisation) or `bodyIndexes` (naming several).
 */
export type RoutingApiResult = Omit<RoutingResult, "reasons"> & {
  readonly today: IsoDate;
  readonly reasons: readonly ReasonText[];
};

export type RoutingApiResponse =
  | { readonly status: 200; readonly json: RoutingApiResult }
  | { readonly status: 400 | 413 | 500; readonly json: { readonly errors: readonly RoutingApiError[] } };

/** An error answer about the whole request, e.g. a body the route stopped reading because it was too large. */
export function requestErrorResponse(status: 400 | 413 | 500, key: ErrorKey, lang: RoutingLanguage): RoutingApiResponse {
  return errorResponse(status, [{ path: "", key }], lang);
}

function errorResponse(status: 400 | 413 | 500, problems: readonly ValidationProblem[], lang: RoutingLanguage): RoutingApiResponse {
  const translator = createRoutingTranslator(lang === "cy" ? "cy" : "en");
  return { status, json: { errors: problems.map(({ path, key }) => ({ path, message: errorMessage(key, translator) })) } };
}

export function handleRoutingRequest(request: RoutingApiRequest): RoutingApiResponse {
  const lang = request.lang === "cy" ? "cy" : "en";
  const fail = (status: 400 | 413 | 500, problems: readonly ValidationProblem[]) => errorResponse(status, problems, lang);
  const wholeRequest = (key: ErrorKey): ValidationProblem[] => [{ path: "", key }];

  try {
    if (utf8Length(request.bodyText) > routingConfig.api.maxRequestBytes) return fail(413, wholeRequest("request-too-large"));
    if (!isJsonContentType(request.contentType)) return fail(400, wholeRequest("content-type-invalid"));
    let body: unknown;
    try {
      body = JSON.parse(request.bodyText);
    } catch {
      return fail(400, wholeRequest("json-invalid"));
    }
    const validation = validateRoutingRequest(body, request.today);
    if (!validation.success) return fail(400, validation.problems);
    return { status: 200, json: toApiResult(routeComplaint(validation.input), validation.input.today, lang) };
  } catch {
    // Only a bug gets here; bad input is answered above.
    return fail(500, wholeRequest("internal"));
  }
}

/** The engine's result in the API's shape, with reason texts in one language. */
function toApiResult(result: RoutingResult, today: IsoDate, lang: RoutingLanguage): RoutingApiResult {
  const { reasons, ...rest } = result;
  return { ...rest, today, reasons: reasonTexts(reasons, lang) };
}

function isJsonContentType(contentType: string | null): boolean {
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase();
  return mediaType === "application/json";
}

/** UTF-8 byte length; the early return spares encoding strings that are too long anyway (bytes >= UTF-16 units). */
function utf8Length(text: string): number {
  if (text.length > routingConfig.api.maxRequestBytes) return text.length;
  return new TextEncoder().encode(text).length;
}
