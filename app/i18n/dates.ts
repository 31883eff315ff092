import type { TFunction } from "i18next";

/**
 * Dates in words from our own month names: browsers do not all carry Welsh
 * locale data, so Intl would write "November" on a Welsh page (and the page
 * rendered by the server would not match the browser's).
 */
export function monthYearText(value: { month: number; year: number } | undefined, t: TFunction): string {
  return value ? `${t(`common:months.${value.month}`)} ${value.year}` : "";
}

/** "22 November 2026" / "22 Tachwedd 2026" from YYYY-MM-DD. */
export function dateText(isoDate: string, t: TFunction): string {
  const [year, month, day] = isoDate.slice(0, 10).split("-").map(Number);
  return `${day} ${t(`common:months.${month}`)} ${year}`;
}
