import { dateToSerial, serialToDate, type ExcelSerialDate } from "../values";
import type { CompareRecord } from "./compareRecord";
import { weekStart } from "./periodStart";
import type { PeriodLength } from "./types";

const daysPerWeek = 7;
const daysPerFortnight = 14;

/**
 * Days of a period that may lie outside the data before it counts as partial: none for a week (the
 * data is counted in whole weeks, so only the as-of date can cut one), under a week for a fortnight
 * or a month (data from Monday 05/01 still covers January).
 */
function toleranceDays(length: PeriodLength): number {
  return length === "week" ? 0 : daysPerWeek - 1;
}

/** The first day after the period starting at `start`. */
function periodEnd(start: ExcelSerialDate, length: PeriodLength): ExcelSerialDate {
  if (length === "week") return start + daysPerWeek;
  if (length === "fortnight") return start + daysPerFortnight;
  const date = serialToDate(start);
  return dateToSerial(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)));
}

/**
 * The periods only partly covered by the data: the data covers whole weeks from the Monday of the
 * first audit to the Sunday after the latest one, but no further than the as-of date. A period with
 * more uncovered days than its tolerance (any for a week, a week or more for a fortnight or a month)
 * is partial: ten weeks of audits grouped by month end in a "month" of one week, and an as-of date on
 * a Wednesday cuts that week short.
 *
 * @param keys the first day of each period
 * @param first the earliest audit date; @param latest the latest; @param asOf the as-of date
 * @example
 * // January to mid-March 2026 by month: March holds two weeks of data (02/03 to 15/03).
 * [...partialPeriodKeys([46023, 46054, 46082], "month", 46027, 46094, 46112)] // => [46082]
 */
export function partialPeriodKeys(keys: readonly ExcelSerialDate[], length: PeriodLength, first: ExcelSerialDate, latest: ExcelSerialDate, asOf: ExcelSerialDate): Set<ExcelSerialDate> {
  const coveredFrom = weekStart(first);
  const coveredTo = Math.min(weekStart(latest) + daysPerWeek, Math.floor(asOf) + 1);
  const partial = new Set<ExcelSerialDate>();
  for (const start of keys) {
    const end = periodEnd(start, length);
    const uncovered = Math.max(0, coveredFrom - start) + Math.max(0, end - Math.max(coveredTo, start));
    if (uncovered > toleranceDays(length)) partial.add(start);
  }
  return partial;
}

// A heading that names a month ("Jan-26", "January 2026", "March"), not a week or a day in it.
const monthWord = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])/i;
const weekOrDay = /\b(?:w\s*\/\s*[cb]|wc|wb|wk|week)\b|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]/i;

/**
 * The last day the data covers, for `partialPeriodKeys`: the latest audit date, or, where a record
 * is a whole month's result under a month's heading (a monthly tracker's "Mar-26" column, a "Month"
 * column of "March"), the last day of that month. Such a record is dated the 1st, yet it stands for the
 * whole month, so its month is not partial unless the as-of date cuts it.
 *
 * @example
 * // "Mar-26" dated Sunday 01/03/2026 (46082) covers March to 31/03/2026 (46112).
 * lastDayCovered([{ date: 46082, periodIndex: null, periodLabel: "Mar-26", groups: {}, passed: 1, checked: 1, score: null }]); // => 46112
 */
export function lastDayCovered(records: readonly CompareRecord[]): ExcelSerialDate {
  let last = -Infinity;
  for (const record of records) {
    if (record.date === null) continue;
    let day = Math.floor(record.date);
    const label = record.periodLabel;
    if (label !== null && monthWord.test(label) && !weekOrDay.test(label)) {
      const date = serialToDate(day);
      if (date.getUTCDate() === 1) day = dateToSerial(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)));
    }
    if (day > last) last = day;
  }
  return last;
}
