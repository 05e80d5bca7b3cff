import type { SheetGrid } from "../../app/ports";
import { parseRangeAddress } from "../../core/sheets/parseRangeAddress";
import { rangeAddress } from "../../core/sheets/rangeAddress";
import type { CellValue } from "../../core/values";
import { formatCount } from "../../core/values";
import { WorkbookFileError } from "../workbookFileError";
import { dataIsland } from "./dataIsland";
import type { SheetCells } from "./readSheetCells";

/** A sheet's grid, and a sentence about any cells left out of it (or null). */
export interface GridWithNote {
  grid: SheetGrid;
  /** "Sheet "Audits": 1 cell far from the data (XFD100000) was left out; the data read is A1:H61." */
  note: string | null;
}

/**
 * The dense grid of a sheet's block of data (see dataIsland), with merged cells other than the
 * top-left one blank (as Office.js reports them; the core reads a blank under a group name merged
 * down as that name, see `RowGroups.survey`) and a note naming the cells left out. Throws
 * WorkbookFileError "damaged" when the cells are spread too thinly to hold as a grid.
 *
 * @example
 * // gridOfCells(read, "Audits", "audits.xlsx").grid.firstRow // => 3
 */
export function gridOfCells(read: SheetCells, sheet: string, file: string | null): GridWithNote {
  const { cells } = read;
  const island = dataIsland(cells);
  if (island.range === null) return { grid: { sheet, table: null, firstRow: 1, firstColumn: 1, values: [], file }, note: null };
  const { top, left, bottom, right } = island.range;
  if (island.tooSparse) {
    throw new WorkbookFileError(
      "damaged",
      `${file ?? "The workbook"}, sheet "${sheet}": its ${formatCount(cells.count, "cell")} are spread over ${rangeAddress(island.range)}, too thinly to read as one table. Move the audit data into one block and run again.`,
    );
  }
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: bottom - top + 1 }, () => new Array<CellValue>(width).fill(null));
  for (let index = 0; index < cells.count; index += 1) {
    const row = cells.row(index);
    const column = cells.column(index);
    if (row >= top && row <= bottom && column >= left && column <= right) values[row - top][column - left] = cells.value(index);
    // The grid now holds these cells: their block goes, so the sparse and dense forms are not both held whole.
    cells.releaseThrough(index);
  }
  for (const merged of read.mergedRanges) {
    const range = parseRangeAddress(merged);
    if (range === null) continue;
    for (let row = Math.max(range.top, top); row <= Math.min(range.bottom, bottom); row += 1) {
      for (let column = Math.max(range.left, left); column <= Math.min(range.right, right); column += 1) {
        if (row !== range.top || column !== range.left) values[row - top][column - left] = null;
      }
    }
  }
  const note =
    island.ignoredCount === 0
      ? null
      : `${file === null ? "" : `${file}, `}sheet "${sheet}": ${formatCount(island.ignoredCount, "cell")} far from the data (${island.ignoredExamples.join(", ")}${island.ignoredCount > island.ignoredExamples.length ? "..." : ""}) ${island.ignoredCount === 1 ? "was" : "were"} left out; the data read is ${rangeAddress(island.range)}.`;
  return { grid: { sheet, table: null, firstRow: top, firstColumn: left, values, file }, note };
}
