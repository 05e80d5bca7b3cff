import { columnLetter } from "../audit/columnLetter";
import type { CellRange } from "./sheetModel";

/**
 * The A1-style address of a range ("B3:D7"; a single cell is "B3").
 *
 * @example
 * rangeAddress({ top: 3, left: 2, bottom: 7, right: 4 }); // => "B3:D7"
 */
export function rangeAddress(range: CellRange): string {
  const start = `${columnLetter(range.left)}${range.top}`;
  if (range.top === range.bottom && range.left === range.right) return start;
  return `${start}:${columnLetter(range.right)}${range.bottom}`;
}
