// A team name written once over its block (merged down, or on the block's first row with blanks below
// meaning "same as above") names every row of the block, as a quality lead reads it; a single blank in
// a column filled on every other row is still a name forgotten, reported as a problem.
import { readAuditGrid, type ColumnMapping, type GridReadResult } from "../../../src/core/audit";
import type { CellValue } from "../../../src/core/values";

// 05/01/2026 is Excel serial 46027; every row is dated that day.
const day = 46027;

function teamScores(result: GridReadResult): [string | undefined, number][] {
  return result.records.map((record) => [record.groups.team, record.kind === "score" ? record.score : Number.NaN]);
}

function problemRows(result: GridReadResult): number[] {
  return result.problems.map((problem) => problem.row);
}

describe("grouping names filled down from the row above", () => {
  it("reads blank cells below a team name as that team, up to the next name", () => {
    const grid: CellValue[][] = [
      ["Team", "Date", "Score"],
      ["Oak Unit", day, 0.9],
      [null, day, 0.8],
      [null, day, 0.7],
      ["Elm Unit", day, 0.6],
      [null, day, 0.5],
    ];
    const result = readAuditGrid(grid, { sheet: "Audits" });
    // 2 names, each followed by a blank: a fill-down column. Rows 3, 4 and 6 take the name above: 3 rows.
    expect(teamScores(result)).toEqual([["Oak Unit", 0.9], ["Oak Unit", 0.8], ["Oak Unit", 0.7], ["Elm Unit", 0.6], ["Elm Unit", 0.5]]);
    expect(result.problems).toEqual([]);
    expect(result.rowsUsed).toBe(5);
    expect(result.groupsFrom).toEqual([
      'column A "Team", with the team of 3 rows filled down from the row above (merged or blank cells under a team name read as "same as above", up to the next team name, blank row, totals row or heading)',
    ]);
  });

  it("never fills down across a totals row, a blank row or a repeated header", () => {
    const grid: CellValue[][] = [
      ["Team", "Date", "Score"],
      ["Oak Unit", day, 0.9], // row 2
      [null, day, 0.8], // row 3: Oak Unit
      ["Total", null, 0.85], // row 4: totals row, left out
      [null, day, 0.7], // row 5: no name above within the block: a problem
      ["Elm Unit", day, 0.6], // row 6
      [null, day, 0.5], // row 7: Elm Unit
      [], // row 8: blank row
      [null, day, 0.4], // row 9: a problem
      ["Team", "Date", "Score"], // row 10: the header repeated
      [null, day, 0.3], // row 11: a problem
      ["Ash Unit", day, 0.2], // row 12
      [null, day, 0.1], // row 13: Ash Unit
    ];
    const result = readAuditGrid(grid, { sheet: "Audits", headerRow: 1 });
    expect(teamScores(result)).toEqual([["Oak Unit", 0.9], ["Oak Unit", 0.8], ["Elm Unit", 0.6], ["Elm Unit", 0.5], ["Ash Unit", 0.2], ["Ash Unit", 0.1]]);
    expect(problemRows(result)).toEqual([5, 9, 11]);
    expect(result.problems[0].message).toBe('Row 5, column A "Team": blank: every row needs a team to be compared; row left out');
    // Rows 3, 7 and 13 filled down: 3 rows.
    expect(result.groupsFrom[0]).toContain("the team of 3 rows filled down");
    expect(result.rowsRead).toBe(result.rowsUsed + result.rowsSkipped.length);
  });

  it("reports one blank in a column named on every other row, rather than filling it", () => {
    const grid: CellValue[][] = [
      ["Team", "Date", "Score"],
      ["Oak Unit", day, 0.9],
      ["Oak Unit", day, 0.8],
      [null, day, 0.7], // row 4: forgotten
      ["Oak Unit", day, 0.6],
      ["Elm Unit", day, 0.5],
      ["Elm Unit", day, 0.4],
    ];
    const result = readAuditGrid(grid, { sheet: "Audits" });
    // 5 names, 1 followed by a blank: not more than half, so not a fill-down column.
    expect(problemRows(result)).toEqual([4]);
    expect(result.rowsUsed).toBe(5);
    expect(result.groupsFrom).toEqual([]);
  });

  it("fills nothing when the grouping column holds no name at all", () => {
    const grid: CellValue[][] = [
      ["Team", "Date", "Score"],
      [null, day, 0.9],
      [null, day, 0.8],
    ];
    const mapping: ColumnMapping = [
      { index: 0, header: "Team", role: "team", confidence: 1, reason: "" },
      { index: 1, header: "Date", role: "date", confidence: 1, reason: "" },
      { index: 2, header: "Score", role: "score", confidence: 1, reason: "" },
    ];
    const result = readAuditGrid(grid, { sheet: "Audits", mapping });
    expect(result.records).toEqual([]);
    expect(problemRows(result)).toEqual([2, 3]);
    expect(result.groupsFrom).toEqual([]);
  });
});
