import { dateToSerial, serialToDate, type ExcelSerialDate } from "../values";
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
