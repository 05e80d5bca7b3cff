import { RangeCells } from "../../src/functions/RangeCells";

describe("RangeCells", () => {
  it("reads a column, a row and a block row by row and names positions in the user's terms", () => {
    const columnRange = RangeCells.from([[1], [2], [3]]);
    expect([columnRange.size, columnRange.cell(2), columnRange.position(2)]).toEqual([3, 3, "row 3"]);
    const rowRange = RangeCells.from([[1, 2, 3]]);
    expect([rowRange.size, rowRange.cell(1), rowRange.position(1)]).toEqual([3, 2, "column 2"]);
    const block = RangeCells.from([
      [1, 2],
      [3, 4],
    ]);
    expect([block.cell(2), block.position(3), block.describeShape()]).toEqual([3, "row 2, column 2", "2 rows by 2 columns"]);
  });

  it("reads a single value as a one-cell range and short rows as blanks", () => {
    const single = RangeCells.from("Yes");
    expect([single.size, single.cell(0), single.describeShape()]).toEqual([1, "Yes", "1 row by 1 column"]);
    const ragged = RangeCells.from([[1, 2], [3]]);
    expect([ragged.size, ragged.cell(3)]).toEqual([4, null]);
  });

  it("reads an empty matrix as no cells", () => {
    expect(RangeCells.from([]).size).toBe(0);
    expect(RangeCells.from([[]]).size).toBe(0);
  });
});
