import type { CellRange, SheetModel } from "../sheetModel";

function rowWidth(row: readonly unknown[] | undefined): number {
  if (row === undefined) return 0;
  for (let index = row.length - 1; index >= 0; index--) if (row[index] !== null && row[index] !== undefined) return index + 1;
  return 0;
}

/**
 * The rectangles of a sheet model that the add-in owns: each run of consecutive rows holding at least
 * one cell, from column A to the widest of those rows, widened to cover any merge, table or
 * conditional format that starts in it. Blank rows between runs, and columns to the right of a run,
 * are not ours, so a note a user types beside or between our blocks survives the next refresh.
 * Pure; never throws.
 *
 * @example
 * ownedBlocks({ cells: [[{ value: "Title" }], [], [{ value: "a" }, { value: 1 }]], merges: [], tables: [], conditionalFormats: [] });
 * // => [{ top: 1, left: 1, bottom: 1, right: 1 }, { top: 3, left: 1, bottom: 3, right: 2 }]
 */
export function ownedBlocks(model: Pick<SheetModel, "cells" | "merges" | "tables" | "conditionalFormats">): CellRange[] {
  const widths = model.cells.map((row) => rowWidth(row));
  const extra: CellRange[] = [...model.merges, ...model.tables.map((table) => table.range), ...model.conditionalFormats.map((format) => format.range)].filter(
    (range) => range.top >= 1 && range.left >= 1,
  );
  for (const range of extra) {
    for (let row = range.top; row <= range.bottom; row++) widths[row - 1] = Math.max(widths[row - 1] ?? 0, range.right);
  }
  const blocks: CellRange[] = [];
  let current: CellRange | null = null;
  for (let index = 0; index < widths.length; index++) {
    const width = widths[index] ?? 0;
    if (width === 0) {
      current = null;
      continue;
    }
    if (current === null) {
      current = { top: index + 1, left: 1, bottom: index + 1, right: width };
      blocks.push(current);
    } else {
      current.bottom = index + 1;
      current.right = Math.max(current.right, width);
    }
  }
  return blocks;
}
