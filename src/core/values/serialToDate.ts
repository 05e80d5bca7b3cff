import { EXCEL_DATE_LIMITS } from "./excelDateLimits";
import type { ExcelSerialDate } from "./types";

/**
 * The JavaScript Date for an Excel serial number: UTC midnight for a whole serial, plus the time of
 * day for a fractional one (rounded to the millisecond).
 *
 * Throws a RangeError when the serial is not a finite number.
 *
 * @example
 * serialToDate(46084).toISOString(); // => "2026-03-03T00:00:00.000Z"
 */
export function serialToDate(s: ExcelSerialDate): Date {
  if (!Number.isFinite(s)) throw new RangeError(`${String(s)} is not an Excel date serial number.`);
  return new Date(EXCEL_DATE_LIMITS.epochMs + Math.round(s * EXCEL_DATE_LIMITS.msPerDay));
}
