import { EXCEL_DATE_LIMITS } from "./excelDateLimits";
import type { ExcelSerialDate } from "./types";

/**
 * The Excel serial number of a JavaScript Date, read as a UTC calendar day and time.
 *
 * ExcelJS returns cell dates as Dates whose UTC fields are the cell's wall-clock date and time, so
 * UTC is the faithful reading whatever the machine's time zone. The fractional part is the time of
 * day. Throws a RangeError for an invalid Date.
 *
 * @example
 * dateToSerial(new Date(Date.UTC(2026, 2, 3, 12))); // => 46084.5
 */
export function dateToSerial(d: Date): ExcelSerialDate {
  const time = d.getTime();
  if (Number.isNaN(time)) throw new RangeError("The date is not a valid date.");
  return (time - EXCEL_DATE_LIMITS.epochMs) / EXCEL_DATE_LIMITS.msPerDay;
}
