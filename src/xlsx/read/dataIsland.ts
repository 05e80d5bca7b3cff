import { columnLetter } from "../../core/audit/columnLetter";
import type { CellRange } from "../../core/sheets/sheetModel";
import type { SparseCells } from "./sparseCells";

/**
 * How far apart cells may be and still belong to one block of data. An audit log has no gaps of a
 * thousand empty rows or fifty empty columns inside it; a cell beyond them (a stray keystroke at
 * XFD100000, a note far below) is reported and left out rather than stretching the grid to reach it.
 * `maximumGridCells` bounds the grid however the cells are spread: 4 times the cells that hold values
 * (a quarter of the rectangle filled), or 2,000,000 cells, whichever is more.
 */
const DATA_ISLAND_LIMITS = {
  rowGap: 1000,
  columnGap: 50,
  fillFactor: 4,
  minimumGridCells: 2_000_000,
} as const;

/** The block of a sheet's cells that is read as its grid, and what was left out. */
export interface DataIsland {
  /** The rows and columns read; null when the sheet holds no value. */
  range: CellRange | null;
  /** Cells holding a value outside the range: how many, and the first few addresses. */
  ignoredCount: number;
  ignoredExamples: string[];
}

/** Groups sorted distinct positions where the gap between neighbours is at most `gap`; returns the group with most cells. */
function densestRun(counts: Map<number, number>, gap: number): { from: number; to: number } | null {
  const positions = [...counts.keys()].sort((a, b) => a - b);
  let best: { from: number; to: number; cells: number } | null = null;
  let from = positions[0];
  let cells = 0;
  for (let index = 0; index < positions.length; index += 1) {
    const position = positions[index];
    if (index > 0 && position - positions[index - 1] > gap) {
      if (best === null || cells > best.cells) best = { from, to: positions[index - 1], cells };
      from = position;
      cells = 0;
    }
    cells += counts.get(position) ?? 0;
  }
  if (positions.length > 0 && (best === null || cells > best.cells)) best = { from, to: positions[positions.length - 1], cells };
  return best === null ? null : { from: best.from, to: best.to };
}

function inside(range: CellRange, row: number, column: number): boolean {
  return row >= range.top && row <= range.bottom && column >= range.left && column <= range.right;
}

const examplesKept = 3;
const maxColumn = 16_384;

/**
 * The block of data in a sheet's cells: the run of rows with most cells (no gap over
 * DATA_ISLAND_LIMITS.rowGap), then within it the run of columns with most cells (no gap over
 * columnGap). Cells outside are counted, with the first few addresses, so the caller can say which
 * were left out. Never allocates the rectangle. Returns a null range when the block is still too thin
 * to hold as a grid (see maximumGridCells); the caller then refuses the sheet with a message.
 *
 * @example
 * // dataIsland(cellsOf60RowsAndXfd100000).ignoredExamples // => ["XFD100000"]
 */
export function dataIsland(cells: SparseCells): DataIsland & { tooSparse: boolean } {
  if (cells.count === 0) return { range: null, ignoredCount: 0, ignoredExamples: [], tooSparse: false };
  const rowCounts = new Map<number, number>();
  // Cells come row by row, so a row's cells are counted together and the map is touched once a row.
  let runRow = cells.row(0);
  let runCount = 0;
  for (let index = 0; index < cells.count; index += 1) {
    const row = cells.row(index);
    if (row !== runRow) {
      rowCounts.set(runRow, (rowCounts.get(runRow) ?? 0) + runCount);
      runRow = row;
      runCount = 0;
    }
    runCount += 1;
  }
  rowCounts.set(runRow, (rowCounts.get(runRow) ?? 0) + runCount);
  const rows = densestRun(rowCounts, DATA_ISLAND_LIMITS.rowGap) as { from: number; to: number };
  const perColumn = new Int32Array(maxColumn + 1);
  for (let index = 0; index < cells.count; index += 1) {
    const row = cells.row(index);
    if (row >= rows.from && row <= rows.to) perColumn[cells.column(index)] += 1;
  }
  const columnCounts = new Map<number, number>();
  perColumn.forEach((count, column) => {
    if (count > 0) columnCounts.set(column, count);
  });
  const columns = densestRun(columnCounts, DATA_ISLAND_LIMITS.columnGap) as { from: number; to: number };
  // Trim rows to those holding a value inside the chosen columns.
  let top = Infinity;
  let bottom = 0;
  let kept = 0;
  for (let index = 0; index < cells.count; index += 1) {
    const row = cells.row(index);
    const column = cells.column(index);
    if (row < rows.from || row > rows.to || column < columns.from || column > columns.to) continue;
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    kept += 1;
  }
  const range: CellRange = { top, left: columns.from, bottom, right: columns.to };
  const ignoredExamples: string[] = [];
  for (let index = 0; index < cells.count && ignoredExamples.length < examplesKept; index += 1) {
    if (!inside(range, cells.row(index), cells.column(index))) ignoredExamples.push(`${columnLetter(cells.column(index))}${cells.row(index)}`);
  }
  const area = (bottom - top + 1) * (columns.to - columns.from + 1);
  const tooSparse = area > Math.max(DATA_ISLAND_LIMITS.minimumGridCells, DATA_ISLAND_LIMITS.fillFactor * kept);
  return { range, ignoredCount: cells.count - kept, ignoredExamples, tooSparse };
}
