import { isFormulaLike } from "./isFormulaLike";
import type { CellStyle, ModelCell, ModelCellValue } from "./sheetModel";
import { TEXT_NUMBER_FORMAT } from "./textNumberFormat";

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
