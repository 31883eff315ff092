import * as z from "zod";

/** A month and year as stored: "a rough date is fine" (docs/decisions/0005). */
export const monthYearSchema = z.object({ month: z.number().int().min(1).max(12), year: z.number().int().min(1900).max(9999) });
export type MonthYear = z.output<typeof monthYearSchema>;

/** "2026-03" style key, for comparisons. */
export function monthIndex({ month, year }: MonthYear): number {
  return year * 12 + (month - 1);
}

export function isAfterMonth(a: MonthYear, b: MonthYear): boolean {
  return monthIndex(a) > monthIndex(b);
}

export function monthOf(isoDate: string): MonthYear {
  return { year: Number(isoDate.slice(0, 4)), month: Number(isoDate.slice(5, 7)) };
}

function lastDay({ month, year }: MonthYear): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A month-and-year answer as a date for the rules: the last day of that month,
 * or today if the month is the current one. See docs/decisions/0005: the later
 * date never tells someone their organisation is overdue, or that they are out
 * of time, before they really are.
 */
export function toIsoDate(value: MonthYear, today: string): string {
  const iso = `${value.year}-${pad(value.month)}-${pad(lastDay(value))}`;
  return iso > today ? today : iso;
}
