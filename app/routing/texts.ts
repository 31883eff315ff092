// Turns reason codes and error keys into English or Welsh text from the "routing" namespace.
// Each translator is a fresh i18next instance, so nothing is shared between requests.
import i18next from "i18next";
import cy from "../../locales/cy/routing.json";
import en from "../../locales/en/routing.json";
import { errorValues, type ErrorKey } from "./schema";
import type { IsoDate, Reason, ReasonParams } from "./types";
import type { ReasonCode } from "./reasons";

export const ROUTING_LANGUAGES = ["en", "cy"] as const;
export type RoutingLanguage = (typeof ROUTING_LANGUAGES)[number];

export const ROUTING_NAMESPACE = "routing";
/** The namespace's resources, for the app's own i18next set-up. */
export const routingResources = { en, cy } as const;

export interface RoutingTranslator {
  readonly language: RoutingLanguage;
  t(key: string, values?: Record<string, string | number>): string;
}

const translators = new Map<RoutingLanguage, RoutingTranslator>();

/**
 * One translator per language, made once: setting up i18next costs
 * milliseconds per request, and a fixed-language translator holds no state
 * that a request could change.
 */
export function createRoutingTranslator(language: RoutingLanguage): RoutingTranslator {
  let translator = translators.get(language);
  if (!translator) {
    translator = newTranslator(language);
    translators.set(language, translator);
  }
  return translator;
}

function newTranslator(language: RoutingLanguage): RoutingTranslator {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: language,
    // No fallback: a missing Welsh string must show up as a missing key in tests, not as English.
    fallbackLng: false,
    initAsync: false,
    ns: [ROUTING_NAMESPACE],
    defaultNS: ROUTING_NAMESPACE,
    resources: { [language]: { [ROUTING_NAMESPACE]: routingResources[language] } },
    // Output goes into JSON or React, which escape for themselves.
    interpolation: { escapeValue: false },
  });
  return {
    language,
    t: (key, values) => i18n.t(key, values ?? {}),
  };
}

export interface ReasonText {
  readonly code: ReasonCode;
  readonly text: string;
  /** Set for reasons about one organisation (0-based, as in the request's bodies). */
  readonly bodyIndex?: number;
  /** Set for reasons that name several organisations (0-based, in the request's order). */
  readonly bodyIndexes?: readonly number[];
}

/** The reasons of a RoutingResult as sentences in one language, in the same order. */
export function reasonTexts(reasons: readonly Reason[], language: RoutingLanguage): ReasonText[] {
  const translator = createRoutingTranslator(language);
  return reasons.map((reason) => reasonText(reason, translator));
}

function reasonText({ code, params = {} }: Reason, translator: RoutingTranslator): ReasonText {
  const sentence = translator.t(`reasons.${code}`, interpolationValues(params, translator));
  const { bodyIndex, bodyName } = params;
  const listed = listedBodies(params);
  if (typeof bodyIndex !== "number") return listed ? { code, text: sentence, bodyIndexes: listed } : { code, text: sentence };
  // The organisation is named in a label before the sentence, so Welsh mutation never touches the name.
  return { code, text: `${bodyLabel(bodyIndex, bodyName, translator)}: ${sentence}`, bodyIndex };
}

function bodyLabel(index: number, name: string | number | undefined, translator: RoutingTranslator): string {
  return typeof name === "string"
    ? translator.t("reasonFormat.bodyLabelNamed", { number: index + 1, name })
    : translator.t("reasonFormat.bodyLabel", { number: index + 1 });
}

/** The organisations a reason names, from `bodyIndexes` ("1,3"); see ReasonParams. */
function listedBodies({ bodyIndexes }: ReasonParams): number[] | undefined {
  if (typeof bodyIndexes !== "string" || !/^\d+(,\d+)*$/.test(bodyIndexes)) return undefined;
  return bodyIndexes.split(",").map(Number);
}

/**
 * "Organisation 2 (Name), Organisation 3 and Organisation 5". Each item starts with the label
 * ("Sefydliad" in Welsh), so the joining word never mutates a name.
 */
function bodyList(indexes: readonly number[], params: ReasonParams, translator: RoutingTranslator): string {
  const labels = indexes.map((index) => bodyLabel(index, params[`bodyName${index}`], translator));
  const last = labels.pop() ?? "";
  return labels.length === 0 ? last : translator.t("reasonFormat.listAnd", { items: labels.join(", "), last });
}

// Only known params are passed on: i18next reads some option names (lng, count...) from the same object.
function interpolationValues(params: ReasonParams, translator: RoutingTranslator): Record<string, string> {
  const values: Record<string, string> = {};
  const listed = listedBodies(params);
  if (listed) values.organisations = bodyList(listed, params, translator);
  const { date, periodAmount, periodUnit } = params;
  if (typeof date === "string") values.date = formatDate(date, translator.language);
  if (typeof periodAmount === "number" && (periodUnit === "weeks" || periodUnit === "months")) {
    values.period = translator.t(`period.${periodUnit}`, { count: periodAmount });
  }
  return values;
}

const dateFormats = new Map<RoutingLanguage, Intl.DateTimeFormat>();

/** "26 March 2026" / "26 Mawrth 2026". The formatter is made once per language: making one is slow. */
export function formatDate(date: IsoDate, language: RoutingLanguage): string {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === "cy" ? "cy-GB" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    dateFormats.set(language, format);
  }
  return format.format(instant);
}

export function errorMessage(key: ErrorKey, translator: RoutingTranslator): string {
  return translator.t(`errors.${key}`, errorValues(key));
}
