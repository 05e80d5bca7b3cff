import { serialToDate } from "./serialToDate";
import type { ExcelSerialDate } from "./types";

/**
 * Writes an Excel serial date as UK "dd/mm/yyyy", ignoring the time of day.
 *
 * Throws a RangeError when the serial is not a finite number.
 *
 * @example
 * formatUkDate(46084.75); // => "03/03/2026"
 */
export function formatUkDate(s: ExcelSerialDate): string {
  const date = serialToDate(Math.floor(s));
  const day = String(date.getUTCDate()).padStart(2, "0");
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${day}/${month}/${String(date.getUTCFullYear()).padStart(4, "0")}`;
}
