/**
 * Calendar dates for the sample workbook, held as JavaScript Dates at midnight UTC. ExcelJS turns a
 * Date into an Excel serial from its UTC time, so a UTC midnight lands on the intended day in every
 * time zone the script is run in.
 */
export type CalendarDate = Date;

const millisecondsPerDay = 86_400_000;

/** The date for a day given as year, month (1-12) and day of month. */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return new Date(Date.UTC(year, month - 1, day));
}

/** The date a whole number of days after (or before, if negative) another. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return new Date(date.getTime() + days * millisecondsPerDay);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((to.getTime() - from.getTime()) / millisecondsPerDay);
}

/** The date as UK users read it, dd/mm/yyyy. */
export function formatDayMonthYear(date: CalendarDate): string {
  const day = String(date.getUTCDate()).padStart(2, "0");
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${day}/${month}/${date.getUTCFullYear()}`;
}

/** The date for an ISO calendar date text, "yyyy-mm-dd" (the form the sample's expectations use). */
export function parseIsoDate(text: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new Error(`"${text}" is not an ISO date (yyyy-mm-dd)`);
  return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}
