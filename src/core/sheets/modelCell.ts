import type { CellStyle, ModelCell, ModelCellValue } from "./sheetModel";

// Characters that make Excel, LibreOffice or a CSV import treat typed text as a formula (OWASP "CSV
// injection"): =, +, -, @, and a leading tab or carriage return.
const formulaTriggers = /^[=+\-@\t\r]/;

/**
 * True when text would be taken for a formula if typed into a cell, so it must be written as text.
 *
 * @example
 * isFormulaLike("=SUM(A1)"); // => true
 * isFormulaLike("Team B"); // => false
 */
function isFormulaLike(text: string): boolean {
  return formulaTriggers.test(text);
}

/**
 * Excel's "Text" number format: a cell with it keeps what is typed as text, even "=SUM(A1)".
 *
 * @example
 * TEXT_NUMBER_FORMAT; // => "@"
 */
export const TEXT_NUMBER_FORMAT = "@";

const styleCache = new WeakMap<CellStyle, CellStyle>();
const plainTextStyle: CellStyle = { numberFormat: TEXT_NUMBER_FORMAT };

function asText(style: CellStyle | undefined): CellStyle {
  if (style === undefined) return plainTextStyle;
  let cached = styleCache.get(style);
  if (cached === undefined) {
    cached = { ...style, numberFormat: TEXT_NUMBER_FORMAT };
    styleCache.set(style, cached);
  }
  return cached;
}

/**
 * A model cell. Text that looks like a formula ("=SUM(A1)", "-5 on last month", "@night") also gets
 * the Text number format, so that Excel keeps it as text even when a user edits the cell later.
 * Builders make every cell through this function.
 *
 * @example
 * modelCell("=SUM(A1)").style?.numberFormat; // => "@"
 * modelCell(0.78, { numberFormat: "0%" }).style?.numberFormat; // => "0%"
 */
export function modelCell(value: ModelCellValue, style?: CellStyle): ModelCell {
  if (typeof value === "string" && isFormulaLike(value)) return { value, style: asText(style) };
  return style === undefined ? { value } : { value, style };
}
