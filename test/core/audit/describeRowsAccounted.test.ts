import { describeRowsAccounted } from "../../../src/core/audit";

describe("describeRowsAccounted", () => {
  it("matches its JSDoc example", () => {
    expect(describeRowsAccounted({ rowsRead: 40, rowsUsed: 37, rowsLeftOut: [{ reason: "totals or average row", count: 2 }, { reason: "blank row", count: 1 }] })).toEqual([
      "40 rows read: 37 used, 3 left out (2 totals or average rows; 1 blank row).",
    ]);
  });

  it("counts a reason that is not a kind of row after it", () => {
    expect(describeRowsAccounted({ rowsRead: 5, rowsUsed: 3, rowsLeftOut: [{ reason: "no score recorded", count: 2 }] })).toEqual(["5 rows read: 3 used, 2 left out (no score recorded (2))."]);
  });

  it("says where groups came from and how partial answers counted", () => {
    expect(describeRowsAccounted({ rowsRead: 1, rowsUsed: 1, groupsFrom: ['the heading "Team: Oak Unit" above the rows'], partialAnswers: 3, partialRule: "half" })).toEqual([
      "1 row read: 1 used, 0 left out.",
      'Groups from the heading "Team: Oak Unit" above the rows.',
      '3 partial answers ("Partial", "Partly", "Some" ...) counted as half met.',
    ]);
  });
});
