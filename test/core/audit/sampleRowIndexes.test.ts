import { sampleRowIndexes } from "../../../src/core/audit/sampleRowIndexes";

describe("sampleRowIndexes", () => {
  it("matches its JSDoc example", () => {
    expect(sampleRowIndexes(5, 1)).toEqual([2, 3, 4]);
  });

  it("takes the first 200 rows and 200 more spread over a long sheet, in order and without repeats", () => {
    const rows = sampleRowIndexes(1_000_001, 0);
    expect(rows).toHaveLength(400);
    expect(rows.slice(0, 3)).toEqual([1, 2, 3]);
    expect(rows[399]).toBeGreaterThan(990_000);
    for (let i = 1; i < rows.length; i++) expect(rows[i]).toBeGreaterThan(rows[i - 1]);
  });

  it("returns nothing below a header on the last row", () => {
    expect(sampleRowIndexes(3, 2)).toEqual([]);
  });
});
