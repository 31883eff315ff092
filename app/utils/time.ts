import { isoDateInTimeZone } from "~/routing/dates";

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant `days` whole days after `from`. */
export const daysAfter = (from: Date, days: number) => new Date(from.getTime() + days * DAY_MS);

/** The UK calendar date of an instant, as people read dates in emails and on pages (YYYY-MM-DD). */
export const ukDate = (instant: Date) => isoDateInTimeZone(instant);
