import type { CellValue } from "../../core/values";

// Cells are kept in blocks of this many: no block is ever copied to grow, and a reader that has
// used a block can let it go (release) while it builds what it needs from the next.
const blockBits = 16;
const blockSize = 1 << blockBits;
const blockMask = blockSize - 1;

interface CellBlock {
  rows: Int32Array;
  columns: Int16Array;
  values: CellValue[];
}

/**
 * The cells of a sheet that hold a value, and nothing else: row, column and value in blocks of
 * 65,536 cells, so memory follows the cells that exist, not the rectangle they span.
 *
 * @example
 * const cells = new SparseCells();
 * cells.add(100000, 16384, "x");
 * [cells.count, cells.row(0), cells.column(0), cells.value(0)]; // => [1, 100000, 16384, "x"]
 */
export class SparseCells {
  private readonly blocks: (CellBlock | null)[] = [];
  count = 0;

  add(row: number, column: number, value: CellValue): void {
    const offset = this.count & blockMask;
    if (offset === 0) this.blocks.push({ rows: new Int32Array(blockSize), columns: new Int16Array(blockSize), values: [] });
    const block = this.blocks[this.blocks.length - 1] as CellBlock;
    block.rows[offset] = row;
    // Columns run to 16,384 (XFD): stored as one less, to fit a signed 16-bit slot.
    block.columns[offset] = column - 1;
    block.values.push(value);
    this.count += 1;
  }

  private block(index: number): CellBlock {
    const block = this.blocks[index >>> blockBits];
    if (block === null || block === undefined) throw new RangeError(`cell ${index} has been released or was never added`);
    return block;
  }

  row(index: number): number {
    return this.block(index).rows[index & blockMask];
  }

  column(index: number): number {
    return this.block(index).columns[index & blockMask] + 1;
  }

  value(index: number): CellValue {
    return this.block(index).values[index & blockMask];
  }

  /** Lets go of the block holding cell `index` (the last cell of a block releases it), once it has been used. */
  releaseThrough(index: number): void {
    if ((index & blockMask) === blockMask || index === this.count - 1) this.blocks[index >>> blockBits] = null;
  }
}
