import { RangeCells } from "./RangeCells";
import { isSkippable } from "./isSkippable";
import { readScoreCell } from "./readScoreCell";

/** The numbers read from one range, with the index of the cell each came from. */
export interface ReadValues {
  /** The numbers, in range order (row by row). */
  values: number[];
  /** For each number, the index of its cell in the flattened range. */
  cellIndexes: number[];
  /** The range as read. */
  range: RangeCells;
}

/**
 * Reads a single range of numbers, row by row. Blank, "" and N/A cells are skipped; a 0 is a value,
 * because on its own a range cannot tell a genuine 0 from an empty cell that a host passed as 0
 * (reference only filled cells, or a table column, on such hosts). Text that is not a number throws
 * an ArgumentError (#VALUE!).
 */
export function readValues(range: unknown, functionName: string, argumentName: string): ReadValues {
  const cells = RangeCells.from(range);
  const values: number[] = [];
  const cellIndexes: number[] = [];
  for (let i = 0; i < cells.size; i++) {
    const cell = cells.cell(i);
    if (isSkippable(cell)) continue;
    values.push(typeof cell === "number" && Number.isFinite(cell) ? cell : readScoreCell(cell, functionName, argumentName, cells.position(i)));
    cellIndexes.push(i);
  }
  return { values, cellIndexes, range: cells };
}
