import type { CellValue } from "../../core/values";

/**
 * The cells of a sheet that hold a value, and nothing else: three parallel columns that grow as
 * cells are added, so memory follows the cells that exist, not the rectangle they span.
 *
 * @example
 * const cells = new SparseCells();
 * cells.add(100000, 16384, "x");
 * cells.count; // => 1
 */
export class SparseCells {
  rows = new Int32Array(1024);
  columns = new Int16Array(1024);
  values: CellValue[] = [];
  count = 0;

  add(row: number, column: number, value: CellValue): void {
    if (this.count === this.rows.length) {
      const rows = new Int32Array(this.rows.length * 2);
      rows.set(this.rows);
      this.rows = rows;
      const columns = new Int16Array(this.columns.length * 2);
      columns.set(this.columns);
      this.columns = columns;
    }
    this.rows[this.count] = row;
    // Columns run to 16,384 (XFD): stored as one less, to fit a signed 16-bit slot.
    this.columns[this.count] = column - 1;
    this.values.push(value);
    this.count += 1;
  }

  row(index: number): number {
    return this.rows[index];
  }

  column(index: number): number {
    return this.columns[index] + 1;
  }
}
