// Calendar-date arithmetic on ISO strings (YYYY-MM-DD), proleptic Gregorian, no time zones.
// Integer maths only: JavaScript's Date maps years 0-99 to 1900-1999 and brings time zones in.
import type { Duration, IsoDate } from "./types";

interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parse(value: unknown): CalendarDate | null {
  if (typeof value !== "string") return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True for a real calendar date written YYYY-MM-DD (so 2023-02-29 is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  return parse(value) !== null;
}

function parseOrThrow(value: IsoDate): CalendarDate {
  const date = parse(value);
  if (!date) throw new RangeError(`Not a real ISO date: ${JSON.stringify(value)}`);
  return date;
}

function format({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// Days since 1970-01-01 and back (H. Hinnant's civil-calendar algorithms).
function toDayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return format(fromDayNumber(toDayNumber(parseOrThrow(date)) + days));
}

/** Calendar months; a day that does not exist in the target month becomes its last day (2024-02-29 + 12 months = 2025-02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseOrThrow(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return format({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

export function addDuration(date: IsoDate, duration: Duration): IsoDate {
  return duration.unit === "weeks" ? addDays(date, duration.amount * 7) : addMonths(date, duration.amount);
}

/** Negative, zero or positive, like a sort comparator. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(toDayNumber(parseOrThrow(a)) - toDayNumber(parseOrThrow(b)));
}

export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return compareIsoDates(a, b) > 0;
}

/** The calendar date at `instant` in a time zone; the API's default clock is Europe/London. */
export function isoDateInTimeZone(instant: Date, timeZone = "Europe/London"): IsoDate {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(
    instant,
  );
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return format({ year: part("year"), month: part("month"), day: part("day") });
}
