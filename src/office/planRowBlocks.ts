import { EXCEL_LIMITS } from "./excelLimits";

/** A run of rows to read or write in one range operation, relative to the first row of the grid. */
export interface RowBlock {
  /** 0-based offset of the block's first row. */
  start: number;
  rowCount: number;
  /** Estimated JSON size of the block's values. */
  bytes: number;
}

/** The budgets a plan keeps to; the defaults are Excel's (see EXCEL_LIMITS). */
export interface BlockBudgets {
  rowsPerBlock: number;
  cellsPerBlock: number;
  payloadBudgetBytes: number;
}

const defaultBudgets: BlockBudgets = {
  rowsPerBlock: EXCEL_LIMITS.rowsPerBlock,
  cellsPerBlock: EXCEL_LIMITS.cellsPerBlock,
  payloadBudgetBytes: EXCEL_LIMITS.payloadBudgetBytes,
};

/**
 * Splits rows `from` to `to` (exclusive) into blocks that each stay under the row, cell and payload
 * budgets, given the column count and an estimate of the bytes one row takes. Always makes progress:
 * a single row larger than the payload budget still becomes a block of one row.
 *
 * @example
 * planRowBlocks(0, 50_000, 10, 100).map((block) => block.rowCount); // => [20000, 20000, 10000]
 */
export function planRowBlocks(from: number, to: number, columnCount: number, bytesPerRow: number, budgets: BlockBudgets = defaultBudgets): RowBlock[] {
  const byCells = Math.floor(budgets.cellsPerBlock / Math.max(1, columnCount));
  const byBytes = Math.floor(budgets.payloadBudgetBytes / Math.max(1, bytesPerRow));
  const rowsPerBlock = Math.max(1, Math.min(budgets.rowsPerBlock, byCells, byBytes));
  const blocks: RowBlock[] = [];
  for (let start = from; start < to; start += rowsPerBlock) {
    const rowCount = Math.min(rowsPerBlock, to - start);
    blocks.push({ start, rowCount, bytes: Math.ceil(rowCount * bytesPerRow) });
  }
  return blocks;
}
