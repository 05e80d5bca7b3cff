import { formatUkDate, serialToDate, type ExcelSerialDate } from "../values";
import type { PeriodLength } from "./types";

const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * How a period is headed in the task pane and the sheets: "w/c 05/01/2026" for weeks and fortnights,
 * "Jan 2026" for months.
 *
 * @example
 * periodLabel(46027, "week") // => "w/c 05/01/2026"
 */
export function periodLabel(start: ExcelSerialDate, length: PeriodLength): string {
  if (length === "month") {
    const date = serialToDate(start);
    return `${monthNames[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  }
  return `w/c ${formatUkDate(start)}`;
}
