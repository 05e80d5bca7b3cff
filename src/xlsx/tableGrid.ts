import type { SheetGrid } from "../app/ports";
import type { CellValue } from "../core/values";
import type { XlsxTable } from "./xlsxTable";

/**
 * The part of a sheet's grid that a table covers, as Office.js reads a table's range: header row
 * first, blank cells as null, the spreadsheet's own row and column numbers kept so that problems
 * still name the right cells.
 *
 * @example
 * // tableGrid(sheetGrid, { name: "CareRecordAudits", sheet: "Audits", range }).table // => "CareRecordAudits"
 */
export function tableGrid(sheetGrid: SheetGrid, table: XlsxTable): SheetGrid {
  const { top, left, bottom, right } = table.range;
  const values: CellValue[][] = [];
  for (let row = top; row <= bottom; row += 1) {
    const source = sheetGrid.values[row - sheetGrid.firstRow];
    const cells: CellValue[] = [];
    for (let column = left; column <= right; column += 1) cells.push(source?.[column - sheetGrid.firstColumn] ?? null);
    values.push(cells);
  }
  return { sheet: sheetGrid.sheet, table: table.name, firstRow: top, firstColumn: left, values, file: sheetGrid.file };
}
