import type { CellRange } from "./sheetModel";

/** The most columns and rows an Excel worksheet has (XFD and 1,048,576). */
const maxColumn = 16384;
const maxRow = 1048576;

function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters.toUpperCase()) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

function cellOf(text: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (match === null) return null;
  const column = columnNumber(match[1]);
  const row = Number(match[2]);
  if (column < 1 || column > maxColumn || row < 1 || row > maxRow) return null;
  return { row, column };
}

/**
 * The rectangle an A1-style address names ("B3:D7", "$B$3:$D$7" or a single cell "B3"), the inverse of
 * rangeAddress. Corners may come in either order. Returns null for anything that is not such an
 * address inside Excel's grid (a sheet-qualified address, a whole column, a name).
 *
 * @example
 * parseRangeAddress("B3:D7"); // => { top: 3, left: 2, bottom: 7, right: 4 }
 * parseRangeAddress("Audits!B3"); // => null
 */
export function parseRangeAddress(address: string): CellRange | null {
  const corners = address.split(":");
  if (corners.length > 2) return null;
  const first = cellOf(corners[0]);
  const second = corners.length === 2 ? cellOf(corners[1]) : first;
  if (first === null || second === null) return null;
  return {
    top: Math.min(first.row, second.row),
    left: Math.min(first.column, second.column),
    bottom: Math.max(first.row, second.row),
    right: Math.max(first.column, second.column),
  };
}
