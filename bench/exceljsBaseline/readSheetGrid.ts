import type ExcelJS from "exceljs";
import type { SheetGrid } from "../../src/app/ports";
import type { CellValue } from "../../src/core/values";
import { toCellValue } from "./toCellValue";

/**
 * The used values of a worksheet as a grid: from the first to the last row and column that hold a
 * value (formatting alone does not count, so a sheet formatted down to row 1,048,576 stays small).
 * Cells covered by a merge, other than its top-left cell, are blank, as Office.js reports them.
 *
 * @example
 * // readSheetGrid(workbook.getWorksheet("Audits"), "audits.xlsx").firstRow // => 3
 */
export function readSheetGrid(worksheet: ExcelJS.Worksheet, file: string | null): SheetGrid {
  const cells: { row: number; column: number; value: CellValue }[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = toCellValue(cell.value);
      if (value === null || (typeof value === "string" && value === "")) return;
      cells.push({ row: rowNumber, column: columnNumber, value });
      top = Math.min(top, rowNumber);
      bottom = Math.max(bottom, rowNumber);
      left = Math.min(left, columnNumber);
      right = Math.max(right, columnNumber);
    });
  });
  if (cells.length === 0) return { sheet: worksheet.name, table: null, firstRow: 1, firstColumn: 1, values: [], file };
  const values: CellValue[][] = Array.from({ length: bottom - top + 1 }, () => Array<CellValue>(right - left + 1).fill(null));
  for (const cell of cells) values[cell.row - top][cell.column - left] = cell.value;
  return { sheet: worksheet.name, table: null, firstRow: top, firstColumn: left, values, file };
}
