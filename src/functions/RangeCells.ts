import type { CellValue } from "../core/values";

/**
 * A range argument read cell by cell, row by row, without copying it, remembering its shape so that
 * messages can say where a cell is ("row 4", "column 2", "row 3, column 2") relative to the range the
 * user selected.
 */
export class RangeCells {
  /** Rows in the range. */
  readonly rows: number;
  /** Columns in the range (the widest row). */
  readonly columns: number;
  /** How many cells: rows x columns. */
  readonly size: number;
  private readonly matrix: readonly unknown[];

  private constructor(matrix: readonly unknown[], rows: number, columns: number) {
    this.matrix = matrix;
    this.rows = rows;
    this.columns = columns;
    this.size = rows * columns;
  }

  /**
   * Reads what Excel passes for a range (a matrix). A single value, as a test or a caller outside Excel
   * may pass, is read as a one-cell range; short rows read as blanks beyond their end.
   */
  static from(range: unknown): RangeCells {
    if (!Array.isArray(range)) return new RangeCells([range], 1, 1);
    let columns = 0;
    for (let r = 0; r < range.length; r++) {
      const row: unknown = range[r];
      const width = Array.isArray(row) ? row.length : 1;
      if (width > columns) columns = width;
    }
    return new RangeCells(range, columns === 0 ? 0 : range.length, columns);
  }

  /** The cell at `index`, counting row by row from 0. */
  cell(index: number): CellValue {
    const columns = this.columns;
    if (columns === 1) {
      const row: unknown = this.matrix[index];
      return (Array.isArray(row) ? row[0] : row) as CellValue;
    }
    const r = Math.floor(index / columns);
    const c = index - r * columns;
    const row: unknown = this.matrix[r];
    if (!Array.isArray(row)) return (c === 0 ? row : null) as CellValue;
    return (c < row.length ? row[c] : null) as CellValue;
  }

  /** Where cell `index` sits in the range, in words: "row 4", "column 2" or "row 3, column 2". */
  position(index: number): string {
    const row = Math.floor(index / Math.max(this.columns, 1)) + 1;
    const column = (index % Math.max(this.columns, 1)) + 1;
    if (this.columns === 1) return `row ${row}`;
    if (this.rows === 1) return `column ${column}`;
    return `row ${row}, column ${column}`;
  }

  /** The shape in words, for size mismatches: "12 rows by 1 column". */
  describeShape(): string {
    const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;
    return `${plural(this.rows, "row")} by ${plural(this.columns, "column")}`;
  }
}
