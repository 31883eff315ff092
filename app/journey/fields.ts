import * as z from "zod";
import { isAfterMonth, monthOf, type MonthYear } from "./month-year";

/**
 * Zod building blocks for the journey's forms. Every message is a locale key
 * in the "journey" namespace, translated when the page is rendered, so one
 * schema serves both languages and both the browser and the server.
 */
export const required = (key: string) => z.string({ error: key }).trim().min(1, key);

/** A message key with values to interpolate, written "key|name=value" so it survives as a plain string. */
export const withValues = (key: string, values: Record<string, string | number>) =>
  `${key}|${Object.entries(values).map(([k, v]) => `${k}=${v}`).join("&")}`;

export function splitMessage(message: string): { key: string; values: Record<string, string> } {
  const [key = "", query = ""] = message.split("|");
  return { key, values: Object.fromEntries(new URLSearchParams(query)) };
}

export const text = (key: string, max: number) => required(key).max(max, withValues("errors.common.tooLong", { max }));

export const optionalText = (max: number) =>
  z.string().trim().max(max, withValues("errors.common.tooLong", { max })).optional().transform((value) => (value ? value : undefined));

/**
 * For cross-field checks: run them even when a field already failed, so the
 * person sees every problem at once rather than a second round after fixing the first.
 * The checks must then cope with missing or invalid field values.
 */
export const ALWAYS = { when: () => true };

export const choice = <const T extends readonly [string, ...string[]]>(values: T, key: string) => z.enum(values, { error: key });

/**
 * Text inside a conditional reveal: checked (see checkRevealedText) only while
 * its choice is selected, as a closed reveal hides it and what is left in it is not stored.
 */
export const revealedText = () => z.string().trim().optional().transform((value) => (value ? value : undefined));

export function checkRevealedText(ctx: z.RefinementCtx, path: string, value: string | undefined, { requiredKey, max }: { requiredKey: string; max: number }): void {
  if (!value) ctx.addIssue({ code: "custom", path: [path], message: requiredKey });
  else if (value.length > max) ctx.addIssue({ code: "custom", path: [path], message: withValues("errors.common.tooLong", { max }) });
}

/** Month and year as the person typed them (strings, so nothing typed is lost on an error). */
export const monthYearFields = (prefix: string) => ({
  [`${prefix}Month`]: z.string().trim().optional(),
  [`${prefix}Year`]: z.string().trim().optional(),
});

type DateProblem = { path: string; message: string };

/**
 * Check one month-and-year pair; return the value or the problems, each on the
 * field the person needs to fix.
 */
export function checkMonthYear(
  prefix: string,
  raw: Record<string, unknown>,
  { requiredKey, today }: { requiredKey: string; today: string },
): { value?: MonthYear; problems: DateProblem[] } {
  const monthText = typeof raw[`${prefix}Month`] === "string" ? (raw[`${prefix}Month`] as string) : "";
  const yearText = typeof raw[`${prefix}Year`] === "string" ? (raw[`${prefix}Year`] as string) : "";
  const monthField = `${prefix}Month`;
  const yearField = `${prefix}Year`;
  if (!monthText && !yearText) return { problems: [{ path: monthField, message: requiredKey }] };
  if (!monthText) return { problems: [{ path: monthField, message: "errors.date.missingMonth" }] };
  if (!yearText) return { problems: [{ path: yearField, message: "errors.date.missingYear" }] };
  const month = /^\d{1,2}$/.test(monthText) ? Number(monthText) : NaN;
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  const problems: DateProblem[] = [];
  if (!(month >= 1 && month <= 12)) problems.push({ path: monthField, message: "errors.date.realMonth" });
  if (!Number.isFinite(year)) problems.push({ path: yearField, message: "errors.date.realYear" });
  if (problems.length > 0) return { problems };
  const value = { month, year };
  if (year < 1900) return { problems: [{ path: yearField, message: "errors.date.tooOld" }] };
  if (isAfterMonth(value, monthOf(today))) return { problems: [{ path: monthField, message: "errors.date.future" }] };
  return { value, problems: [] };
}

/** A month-and-year pair from a valid form (checkMonthYear has passed), as stored. */
export function readMonthYear(values: Record<string, unknown>, prefix: string): MonthYear {
  return { month: Number(values[`${prefix}Month`]), year: Number(values[`${prefix}Year`]) };
}

/** A stored month and year as the form's two fields. */
export function monthYearValues(prefix: string, value: MonthYear | undefined): Record<string, string> {
  return value ? { [`${prefix}Month`]: String(value.month), [`${prefix}Year`]: String(value.year) } : {};
}

export function addProblems(ctx: z.RefinementCtx, problems: DateProblem[]): void {
  for (const problem of problems) ctx.addIssue({ code: "custom", path: [problem.path], message: problem.message });
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** UK or international numbers as people write them: digits, spaces, +, brackets, hyphens. */
export const PHONE = /^\+?[\d\s()-]{10,20}$/;
/** UK postcode, any spacing or case. */
export const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;
