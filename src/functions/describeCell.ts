import { excelErrorOf, formatUkDate, dateToSerial, type CellValue } from "../core/values";

/** A cell's content as a message quotes it: text in double quotes, TRUE/FALSE, numbers, dates as dd/mm/yyyy. */
export function describeCell(value: CellValue): string {
  const error = excelErrorOf(value);
  if (error !== null) return `the error ${error}`;
  if (typeof value === "string") return `"${value.trim()}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid date" : formatUkDate(dateToSerial(value));
  if (value === null || value === undefined) return "a blank cell";
  return String(value);
}
