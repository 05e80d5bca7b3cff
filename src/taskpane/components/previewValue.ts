import type { ColumnRole } from "../../core/audit";
import { dateToSerial, EXCEL_DATE_LIMITS, formatUkDate, type CellValue } from "../../core/values";
import { formatNumber } from "../formatResult";

/** Decimal places kept for a number that is not a whole one (a score of 7.25 stays 7.25). */
const decimalsKept = 2;

/** Roles whose numbers between 0 and 1 are proportions that Excel shows as percentages. */
const proportionRoles: readonly ColumnRole[] = ["score"];

/**
 * Whether a column's numbers are proportions the sheet shows as percentages: a score column whose
 * numbers all lie between 0 and 1, at least one of them a fraction.
 */
export function isProportionColumn(role: ColumnRole, values: readonly CellValue[]): boolean {
  if (!proportionRoles.includes(role)) return false;
  const numbers = values.filter((value): value is number => typeof value === "number");
  return numbers.length > 0 && numbers.every((value) => value >= 0 && value <= 1) && numbers.some((value) => !Number.isInteger(value));
}

function plainNumber(value: number): string {
  if (Number.isInteger(value)) return formatNumber(value);
  const [whole, fraction = ""] = Math.abs(value).toFixed(decimalsKept).replace(/0+$/, "").split(".");
  const sign = value < 0 ? "−" : "";
  return `${sign}${formatNumber(Number(whole))}${fraction === "" ? "" : `.${fraction}`}`;
}

/**
 * A cell of the Source step's preview as the sheet would show it: dates as dd/mm/yyyy, proportions as
 * percentages, long decimals cut to two places, thousands with commas, blanks and errors said.
 *
 * @example
 * previewValue(0.7683079064940103, "score", true); // => "76.8%"
 * previewValue(46027, "date", false); // => "05/01/2026"
 */
export function previewValue(value: CellValue, role: ColumnRole, asPercent: boolean): string {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return "(blank)";
  if (value instanceof Date) return formatUkDate(dateToSerial(value));
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object") return value.error;
  if (typeof value === "number") {
    if (role === "date" && value >= EXCEL_DATE_LIMITS.firstSerial && value <= EXCEL_DATE_LIMITS.lastSerial) return formatUkDate(Math.floor(value));
    if (asPercent) return `${plainNumber(Math.round(value * 1000) / 10)}%`;
    return plainNumber(value);
  }
  return value;
}
