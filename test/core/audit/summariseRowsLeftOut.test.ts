import { summariseRowsLeftOut } from "../../../src/core/audit";

describe("summariseRowsLeftOut", () => {
  it("matches its JSDoc example", () => {
    expect(summariseRowsLeftOut([{ row: 4, reason: "blank row" }, { row: 9, reason: "totals or average row" }, { row: 12, reason: "blank row" }])).toEqual([
      { reason: "blank row", count: 2 },
      { reason: "totals or average row", count: 1 },
    ]);
  });

  it("gives nothing for no rows, and never throws on what is not a list", () => {
    expect(summariseRowsLeftOut([])).toEqual([]);
    expect(summariseRowsLeftOut(null as never)).toEqual([]);
  });
});
