import { dateToSerial, excelErrorOf, parseDate, type CellValue } from "../values";
import type { TrackerValue } from "./types";

/**
 * A cell read from the Action Tracker as a value to write back. Dates (ExcelJS gives Date objects)
 * become `{ serialDate }`; in a date column, serial numbers (as Office.js gives them) and typed dates
 * ("31/03/2026") do too. Blank text becomes null, an error value its code ("#N/A"); everything else
 * is kept as it was. Never throws.
 *
 * @example
 * toTrackerValue(new Date(Date.UTC(2026, 2, 3)), false); // => { serialDate: 46084 }
 * toTrackerValue(46084, true); // => { serialDate: 46084 }
 * toTrackerValue("=SUM(A1)", false); // => "=SUM(A1)"
 */
export function toTrackerValue(value: CellValue, dateColumn: boolean): TrackerValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { serialDate: dateToSerial(value) };
  if (typeof value === "string") {
    if (value.trim() === "") return null;
    if (dateColumn) {
      const serial = parseDate(value);
      if (serial !== null) return { serialDate: serial };
    }
    return value;
  }
  if (typeof value === "number") return dateColumn && parseDate(value) !== null ? { serialDate: value } : value;
  if (typeof value === "boolean") return value;
  return excelErrorOf(value) ?? null;
}
