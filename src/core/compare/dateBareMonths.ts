import { dateToSerial, serialToDate, type ExcelSerialDate } from "../values";
import type { CompareRecord } from "./compareRecord";

const monthNumbers: Readonly<Record<string, number>> = {
  jan: 0, january: 0, feb: 1, february: 1, mar: 2, march: 2, apr: 3, april: 3, may: 4, jun: 5, june: 5,
  jul: 6, july: 6, aug: 7, august: 7, sep: 8, sept: 8, september: 8, oct: 9, october: 9, nov: 10, november: 10,
  dec: 11, december: 11,
};
const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The month (0 to 11) a heading names on its own ("March", "Mar", "Sept."), or null. */
function bareMonth(label: string): number | null {
  const month = monthNumbers[label.trim().toLowerCase().replace(/\.$/, "")];
  return month === undefined ? null : month;
}

/**
 * Dates periods headed by a month's name alone ("January", "Feb", "March"), as a tracker's columns or a
 * "Month" column often are: each is the latest such month on or before the review date, so with a
 * review on 31/03/2026 "October" is October 2025 and "March" is March 2026. The records are then dated
 * the first day of their month, as a "Jan-26" heading is, and compared by month rather than as undated
 * columns counted one week each. Only when no record has a date of its own and every heading is a bare
 * month; null otherwise. Headings naming the same month are the same period, so a year's data needs
 * its years in the headings. Pure.
 *
 * @example
 * // Review 31/03/2026 (46112): "January" is Thursday 01/01/2026 (46023).
 * dateBareMonths([{ date: null, periodIndex: 0, periodLabel: "January", groups: {}, passed: 1, checked: 1, score: null }], 46112)?.records[0].date; // => 46023
 */
export function dateBareMonths(records: readonly CompareRecord[], asOf: ExcelSerialDate): { records: CompareRecord[]; sentence: string } | null {
  if (records.length === 0 || records.some((record) => record.date !== null || record.periodLabel === null)) return null;
  const months = new Map<string, number>();
  for (const record of records) {
    const label = record.periodLabel as string;
    if (months.has(label)) continue;
    const month = bareMonth(label);
    if (month === null) return null;
    months.set(label, month);
  }
  const review = serialToDate(Math.floor(asOf));
  const reviewYear = review.getUTCFullYear();
  const reviewMonth = review.getUTCMonth();
  const starts = new Map<string, ExcelSerialDate>();
  for (const [label, month] of months) starts.set(label, dateToSerial(new Date(Date.UTC(month <= reviewMonth ? reviewYear : reviewYear - 1, month, 1))));
  const named = [...starts.entries()].sort((a, b) => a[1] - b[1]).map(([label, start]) => {
    const date = serialToDate(start);
    return `"${label}" is ${monthNames[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  });
  return {
    records: records.map((record) => ({ ...record, date: starts.get(record.periodLabel as string) as ExcelSerialDate, periodIndex: null })),
    sentence: `Months named without a year are taken as the latest such month on or before the review date (${named.join(", ")}).`,
  };
}
