import { serialToDate } from "./serialToDate";
import type { ExcelSerialDate } from "./types";

/**
 * Writes an Excel serial date as ISO 8601 "yyyy-mm-dd", ignoring the time of day.
 *
 * Throws a RangeError when the serial is not a finite number.
 *
 * @example
 * formatIsoDate(46084.75); // => "2026-03-03"
 */
export function formatIsoDate(s: ExcelSerialDate): string {
  const date = serialToDate(Math.floor(s));
  const day = String(date.getUTCDate()).padStart(2, "0");
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${String(date.getUTCFullYear()).padStart(4, "0")}-${month}-${day}`;
}
