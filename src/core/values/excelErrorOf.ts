import { EXCEL_ERROR_CODES, type ExcelErrorCode } from "./excelErrorCodes";
import type { CellValue } from "./types";

const errorCodeByUpperCase: ReadonlyMap<string, ExcelErrorCode> = new Map(
  EXCEL_ERROR_CODES.map((code) => [code.toUpperCase(), code]),
);

/**
 * The Excel error code a cell holds ("#N/A", "#VALUE!" ...), or null when the cell is not an error.
 *
 * Recognises ExcelJS error objects (`{ error: "#REF!" }`) and the error strings Office.js passes to
 * custom functions. Error strings are matched after trimming and ignoring case; a string that merely
 * starts with "#" but is not one of Excel's codes is ordinary text. Never throws.
 *
 * @example
 * excelErrorOf("#N/A"); // => "#N/A"
 * excelErrorOf({ error: "#DIV/0!" }); // => "#DIV/0!"
 * excelErrorOf("N/A"); // => null
 */
export function excelErrorOf(v: CellValue): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") {
    if (!v.includes("#")) return null;
    return errorCodeByUpperCase.get(v.trim().toUpperCase()) ?? null;
  }
  if (typeof v === "object" && !(v instanceof Date)) {
    const code = (v as { error?: unknown }).error;
    if (typeof code !== "string") return null;
    return errorCodeByUpperCase.get(code.trim().toUpperCase()) ?? (code.trim() === "" ? null : code.trim());
  }
  return null;
}
