import { modelCell } from "./modelCell";
import type { CellStyle, ModelCell, ModelCellValue } from "./sheetModel";

/**
 * A growing grid of model cells, addressed 1-based like Excel, that builders write into.
 *
 * @example
 * const grid = new CellGrid();
 * grid.set(2, 3, "Team B");
 * grid.toCells()[1][2]?.value; // => "Team B"
 */
export class CellGrid {
  private readonly rows: (ModelCell | null)[][] = [];

  /** Puts a value (made safe by `modelCell`) at a 1-based row and column. */
  set(row: number, column: number, value: ModelCellValue, style?: CellStyle): void {
    while (this.rows.length < row) this.rows.push([]);
    const cells = this.rows[row - 1];
    while (cells.length < column) cells.push(null);
    cells[column - 1] = modelCell(value, style);
  }

  /** Writes values left to right from a 1-based row and column. */
  setRow(row: number, column: number, values: readonly ModelCellValue[], style?: CellStyle): void {
    values.forEach((value, offset) => this.set(row, column + offset, value, style));
  }

  /** The number of rows written so far (the last row in use). */
  get rowCount(): number {
    return this.rows.length;
  }

  toCells(): (ModelCell | null)[][] {
    return this.rows.map((cells) => [...cells]);
  }
}
