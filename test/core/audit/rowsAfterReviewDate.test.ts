import { describeRowsAccounted, readAuditGrid, SKIPPED_ROW_REASONS, type GridReadResult } from "../../../src/core/audit";

// 30/03/2026 is Excel serial 46111 (=DATE(2026,3,30)); the review date 31/03/2026 is 46112.
const reviewDate = 46112;
const utc = (year: number, month: number, day: number, hours = 0): Date => new Date(Date.UTC(year, month - 1, day, hours));
const afterReview = `${SKIPPED_ROW_REASONS.afterReviewDate} 31/03/2026`;

function leftOutCount(result: GridReadResult): number {
  return result.rowsLeftOut.reduce((sum, row) => sum + row.count, 0);
}

describe("readAuditGrid with a review date", () => {
  // One row per audit: two before the review date, one at 23:00 on it, three after it.
  const grid = [
    ["Date", "Team", "Score"],
    [utc(2026, 3, 27), "Team A", 0.9],
    [utc(2026, 3, 30), "Team B", 0.8],
    [utc(2026, 3, 31, 23), "Team A", 0.92],
    [utc(2026, 4, 1), "Team B", 0.81],
    [utc(2026, 4, 2), "Team A", 0.93],
    [utc(2026, 4, 6), "Team B", 0.82],
  ];

  it("leaves out the rows dated after the review date with that reason, and keeps the whole review day", () => {
    const result = readAuditGrid(grid, { sheet: "Falls audit", asOf: reviewDate });
    // 6 rows read: rows 2-4 (27/03, 30/03 and 31/03 at 23:00) used; rows 5-7 (01/04, 02/04, 06/04) left out.
    expect([result.rowsRead, result.rowsUsed, leftOutCount(result)]).toEqual([6, 3, 3]);
    expect(result.rowsLeftOut).toEqual([{ reason: afterReview, count: 3 }]);
    expect(result.rowsSkipped.map((row) => row.row)).toEqual([5, 6, 7]);
    expect(result.records.map((record) => record.row)).toEqual([2, 3, 4]);
    expect(result.problems).toEqual([]);
  });

  it("says so in the sentence every output shows, which balances", () => {
    const result = readAuditGrid(grid, { sheet: "Falls audit", asOf: reviewDate });
    expect(describeRowsAccounted(result)[0]).toBe("6 rows read: 3 used, 3 left out (3 rows dated after the review date 31/03/2026).");
  });

  it("reads every date without a review date", () => {
    const result = readAuditGrid(grid, { sheet: "Falls audit" });
    expect([result.rowsUsed, result.records.length, result.rowsLeftOut]).toEqual([6, 6, []]);
  });

  it("leaves out a tracker row only when every week it fills is after the review date", () => {
    const tracker = [
      ["Team", "w/c 23/03/2026", "w/c 30/03/2026", "w/c 06/04/2026"],
      ["Team A", 0.9, 0.91, 0.92],
      ["Team B", null, null, 0.85],
      ["Team C", 0.8, null, null],
    ];
    const result = readAuditGrid(tracker, { sheet: "Tracker", asOf: reviewDate });
    expect(result.layout).toBe("wide");
    // Team A has weeks on both sides of 31/03 (used: the analysis leaves out its later week); Team B
    // has only w/c 06/04 (left out); Team C only w/c 23/03 (used).
    expect([result.rowsRead, result.rowsUsed]).toEqual([3, 2]);
    expect(result.rowsSkipped).toEqual([{ row: 3, reason: afterReview }]);
    expect(result.records.map((record) => record.groups.team)).toEqual(["Team A", "Team A", "Team A", "Team C"]);
  });

  it("keeps a row without a date, which cannot be placed after the review date", () => {
    const result = readAuditGrid([["Team", "Score"], ["Team A", 0.9], ["Team B", 0.8]], { sheet: "Undated", asOf: reviewDate });
    expect([result.rowsUsed, result.rowsLeftOut]).toEqual([2, []]);
  });
});
