import { readAuditGrid, SKIPPED_ROW_REASONS, type ColumnMapping, type GridReadResult } from "../../../src/core/audit";
import type { CellValue } from "../../../src/core/values";
import { careRecordLogGrid } from "./fixtures/careRecordLogGrid";
import { locationTrackerGrid } from "./fixtures/locationTrackerGrid";
import { safeguardingChecksGrid } from "./fixtures/safeguardingChecksGrid";
import { weekNumberTrackerGrid } from "./fixtures/weekNumberTrackerGrid";

const utc = (year: number, month: number, day: number, hours = 0): Date => new Date(Date.UTC(year, month - 1, day, hours));

function expectEveryRowAccountedFor(result: GridReadResult): void {
  expect(result.rowsRead).toBe(result.rowsUsed + result.rowsSkipped.length);
  expect(result.rowsRead).toBe(result.rowsUsed + result.rowsLeftOut.reduce((sum, row) => sum + row.count, 0));
}

function messages(result: GridReadResult): string[] {
  return result.problems.map((problem) => problem.message);
}

function scores(result: GridReadResult): (number | string)[] {
  return result.records.map((record) => (record.kind === "score" ? Math.round(record.score * 10000) / 10000 : `${record.passed}/${record.checked}`));
}

function skippedReason(result: GridReadResult, row: number): string | undefined {
  return result.rowsSkipped.find((skipped) => skipped.row === row)?.reason;
}

describe("readAuditGrid", () => {
  it("matches its JSDoc example", () => {
    expect(readAuditGrid([["Team", "Score"], ["Team A", "87%"], ["Average", 0.87]], { sheet: "Audits" }).records).toEqual([
      { sheet: "Audits", row: 2, date: null, periodLabel: null, groups: { team: "Team A" }, kind: "score", score: 0.87 },
    ]);
  });

  describe("one row per record with Yes/No/N/A items", () => {
    const result = readAuditGrid(careRecordLogGrid, { sheet: "Care record audits" });

    it("finds the header in row 4 below the title, the note and a blank row", () => {
      expect(result.layout).toBe("per-record-items");
      expect(result.headerRow).toBe(4);
    });

    it("counts Yes out of Yes + No, leaving N/A out, in every spelling", () => {
      expect(result.records.map((record) => [record.row, record.groups.team, scores({ ...result, records: [record] })[0]])).toEqual([
        [5, "Team A", "4/5"],
        [6, "Team B", "2/4"],
        // Rows 7, 8 and 15 keep their four readable answers; the unreadable one is left out on its own.
        [7, "Team B", "3/4"],
        [8, "Team A", "4/4"],
        [13, "Team A", "3/4"],
        [14, "Team B", "3/4"],
        [15, "Team B", "4/4"],
      ]);
    });

    it("reads dates given as Date objects, serials and text alike", () => {
      expect(result.records.map((record) => record.date)).toEqual([46027, 46028, 46029, 46030, 46041, 46041, 46042]);
    });

    it("reports each unreadable cell by sheet, row and column letter, leaving out only that answer, or the row when its team is blank", () => {
      expect(result.problems.map(({ sheet, row, column, columnLetter }) => [sheet, row, column, columnLetter])).toEqual([
        ["Care record audits", 7, 'G "Risk updated"', "G"],
        ["Care record audits", 8, 'I "Signed and dated"', "I"],
        ["Care record audits", 9, 'B "Team"', "B"],
        ["Care record audits", 15, 'E "Entry accurate"', "E"],
      ]);
      expect(messages(result)).toEqual([
        'Row 7, column G "Risk updated": the cell shows the Excel error #N/A; answer left out, the row\'s other answers are used',
        'Row 8, column I "Signed and dated": "Yes?" is not Yes, No, Partial or N/A; answer left out, the row\'s other answers are used',
        'Row 9, column B "Team": blank: every row needs a team to be compared; row left out',
        'Row 15, column E "Entry accurate": the cell shows the Excel error #REF!; answer left out, the row\'s other answers are used',
      ]);
      expect(skippedReason(result, 9)).toBe(SKIPPED_ROW_REASONS.unreadable);
      for (const row of [7, 8, 15]) expect(skippedReason(result, row)).toBeUndefined();
    });

    it("skips a row whose items are all N/A, a blank row and totals rows between and after blocks", () => {
      expect(skippedReason(result, 10)).toBe(SKIPPED_ROW_REASONS.allItemsNotApplicable);
      expect(skippedReason(result, 11)).toBe(SKIPPED_ROW_REASONS.blank);
      expect(skippedReason(result, 12)).toBe(SKIPPED_ROW_REASONS.totals);
      expect(skippedReason(result, 16)).toBe(SKIPPED_ROW_REASONS.totals);
    });

    it("accounts for every row below the header", () => {
      expect(result.rowsRead).toBe(12);
      expect(result.rowsUsed).toBe(7);
      expect(result.rowsLeftOut).toEqual([
        { reason: SKIPPED_ROW_REASONS.totals, count: 2 },
        { reason: SKIPPED_ROW_REASONS.unreadable, count: 1 },
        { reason: SKIPPED_ROW_REASONS.allItemsNotApplicable, count: 1 },
        { reason: SKIPPED_ROW_REASONS.blank, count: 1 },
      ]);
      expectEveryRowAccountedFor(result);
    });

    it("never copies auditors' initials, record IDs or comments into records", () => {
      const json = JSON.stringify(result.records);
      for (const personal of ["JL", "AK", "CR-01", "Risk review", "Generic wording"]) expect(json).not.toContain(personal);
    });
  });

  describe("one row per audit with counts", () => {
    const result = readAuditGrid(safeguardingChecksGrid, { sheet: "Safeguarding checks" });

    it("reads correct responses of questions asked as counts, grouped by staff group and shift", () => {
      expect(result.layout).toBe("per-audit");
      expect(result.records[0]).toEqual({
        sheet: "Safeguarding checks", row: 2, date: 46027, periodLabel: null,
        groups: { shift: "Day", staffGroup: "Senior carer" }, kind: "counts", passed: 6, checked: 6,
      });
      expect(scores(result)).toEqual(["6/6", "3/6", "5/6", "4/5"]);
    });

    it("reports more passed than checked, a count that is words and a missing count", () => {
      expect(messages(result)).toEqual([
        'Row 5, column F "Correct responses": 7 passed is more than the 6 checked in column G "Questions asked"; row left out',
        'Row 6, column F "Correct responses": "five" is not a count (a whole number, 0 or more); row left out',
        'Row 7, column G "Questions asked": blank, but column F "Correct responses" has a count; row left out',
      ]);
      expectEveryRowAccountedFor(result);
    });

    it("falls back to a fraction in the score column when the counts are blank", () => {
      expect(result.records[3]).toMatchObject({ row: 8, kind: "counts", passed: 4, checked: 5 });
    });

    it("skips a check where nothing was asked", () => {
      const zero = readAuditGrid([["Team", "Passed", "Checked"], ["Team A", 0, 0]], { sheet: "S" });
      expect(zero.rowsSkipped).toEqual([{ row: 2, reason: SKIPPED_ROW_REASONS.nothingChecked }]);
    });
  });

  describe("one row per audit with a score", () => {
    it("reads a column of numbers above 1 as percentages", () => {
      const result = readAuditGrid([["Team", "Score"], ["Team A", 87], ["Team B", 0.5], ["Team C", 100]], { sheet: "S" });
      expect(result.scoreUnit).toBe("percentage");
      expect(scores(result)).toEqual([0.87, 0.005, 1]);
    });

    it("reads a column of numbers within 0-1 as proportions", () => {
      const result = readAuditGrid([["Team", "Score"], ["Team A", 0.87], ["Team B", 1], ["Team C", "0.5"]], { sheet: "S" });
      expect(result.scoreUnit).toBe("proportion");
      expect(scores(result)).toEqual([0.87, 1, 0.5]);
    });

    it("reads percent text as a proportion whatever the column's unit", () => {
      const result = readAuditGrid([["Team", "Score"], ["Team A", "87%"], ["Team B", 90], ["Team C", " 100 % "]], { sheet: "S" });
      expect(scores(result)).toEqual([0.87, 0.9, 1]);
    });

    it("gives the same proportions for the same scores written three ways", () => {
      const asProportions = readAuditGrid([["Team", "Score"], ["Team A", 0.87], ["Team B", 0.6]], { sheet: "S" });
      const asPercentages = readAuditGrid([["Team", "Score"], ["Team A", 87], ["Team B", 60]], { sheet: "S" });
      const asText = readAuditGrid([["Team", "Score"], ["Team A", "87%"], ["Team B", "60%"]], { sheet: "S" });
      expect(scores(asPercentages)).toEqual(scores(asProportions));
      expect(scores(asText)).toEqual(scores(asProportions));
    });

    it("reads a fraction in a score column as counts", () => {
      expect(scores(readAuditGrid([["Team", "Score"], ["Team A", "7/8"], ["Team B", "3 out of 4"]], { sheet: "S" }))).toEqual(["7/8", "3/4"]);
    });

    it("reports scores outside 0-100, negative scores and words, and reads the rest", () => {
      const grid: CellValue[][] = [
        ["Team", "Score"],
        ["Team A", 120],
        ["Team B", -5],
        ["Team C", "120%"],
        ["Team D", "9/8"],
        ["Team E", "good"],
        ["Team F", utc(2026, 1, 5)],
        ["Team G", 85],
      ];
      const result = readAuditGrid(grid, { sheet: "Scores" });
      expect(messages(result)).toEqual([
        'Row 2, column B "Score": 120 is not a score between 0 and 100; row left out',
        'Row 3, column B "Score": -5 is not a score between 0 and 100; row left out',
        'Row 4, column B "Score": "120%" is not a score between 0% and 100%; row left out',
        'Row 5, column B "Score": "9/8" is not a share of checks passed (more passed than checked, or none checked); row left out',
        'Row 6, column B "Score": "good" is not a score (a number, a percentage such as 87% or a fraction such as 7/8); row left out',
        'Row 7, column B "Score": 05/01/2026 is a date, not a score; row left out',
      ]);
      expect(scores(result)).toEqual([0.85]);
      expectEveryRowAccountedFor(result);
    });

    it("reports an Excel error with the spreadsheet's own row and column when the grid starts elsewhere", () => {
      const grid: CellValue[][] = [["Team", "Date", "Score"], ["Team A", 46027, "#N/A"], ["Team B", 46027, 0.9]];
      const result = readAuditGrid(grid, { sheet: "Audit log", firstRow: 10, firstColumn: 3 });
      expect(result.headerRow).toBe(10);
      expect(result.problems).toEqual([
        {
          sheet: "Audit log", row: 11, column: 'E "Score"', columnLetter: "E", header: "Score",
          message: 'Row 11, column E "Score": the cell shows the Excel error #N/A; row left out',
        },
      ]);
      expect(result.records.map((record) => record.row)).toEqual([12]);
    });

    it("skips a blank score and a score marked N/A without a problem", () => {
      const result = readAuditGrid([["Team", "Score"], ["Team A", null], ["Team B", "N/A"], ["Team C", 0.9]], { sheet: "S" });
      expect(result.problems).toEqual([]);
      expect(result.rowsSkipped).toEqual([
        { row: 2, reason: SKIPPED_ROW_REASONS.noScore },
        { row: 3, reason: SKIPPED_ROW_REASONS.scoreNotApplicable },
      ]);
    });

    it("reads dates as Date objects, serials, dd/mm/yyyy, day month year, ISO and month text, ignoring the time", () => {
      const grid: CellValue[][] = [
        ["Date", "Team", "Score"],
        [utc(2026, 3, 3), "Team A", 0.9],
        [utc(2026, 3, 3, 18), "Team A", 0.9],
        [46084, "Team A", 0.9],
        [46084.75, "Team A", 0.9],
        ["03/03/2026", "Team A", 0.9],
        ["3 Mar 2026", "Team A", 0.9],
        ["2026-03-03", "Team A", 0.9],
        ["Mar-26", "Team A", 0.9],
        [null, "Team A", 0.9],
      ];
      expect(readAuditGrid(grid, { sheet: "S" }).records.map((record) => record.date)).toEqual([
        46084, 46084, 46084, 46084, 46084, 46084, 46084, 46082, null,
      ]);
    });

    it("reports a date that is not a date and a date that cannot be an audit's", () => {
      const result = readAuditGrid([["Date", "Team", "Score"], ["31/02/2026", "Team A", 0.9], [87, "Team A", 0.9], ["soon", "Team A", 0.9]], { sheet: "S" });
      expect(messages(result)).toEqual([
        'Row 2, column A "Date": "31/02/2026" is not a date; row left out',
        'Row 3, column A "Date": 87 is not a likely audit date; row left out',
        'Row 4, column A "Date": "soon" is not a date; row left out',
      ]);
    });

    it("reads a period column as labels, with dates where they name one", () => {
      const grid: CellValue[][] = [["Week", "Team", "Score"], ["Wk 3", "Team A", 0.9], [4, "Team A", 0.8], ["Jan-26", "Team A", 0.7]];
      expect(readAuditGrid(grid, { sheet: "S" }).records.map((record) => [record.date, record.periodLabel])).toEqual([
        [null, "Wk 3"],
        [null, "Week 4"],
        [46023, "Jan-26"],
      ]);
    });

    it("skips totals rows whether the label is first or in a group column", () => {
      const grid: CellValue[][] = [
        ["Date", "Team", "Shift", "Score"],
        [46027, "Team A", "Day", 0.9],
        [null, "All teams", "Day", 0.9],
        [46027, "Team B", "Service average", 0.85],
        ["Overall", null, null, 0.88],
        [46034, "Team B", "Night", 0.7],
      ];
      const result = readAuditGrid(grid, { sheet: "S" });
      expect(result.records.map((record) => record.row)).toEqual([2, 6]);
      for (const row of [3, 4, 5]) expect(skippedReason(result, row)).toBe(SKIPPED_ROW_REASONS.totals);
    });

    it("skips a header row repeated between blocks", () => {
      const grid: CellValue[][] = [["Team", "Score"], ["Team A", 0.9], [], ["Team", "Score"], ["Team B", 0.8]];
      const result = readAuditGrid(grid, { sheet: "S" });
      expect(skippedReason(result, 4)).toBe(SKIPPED_ROW_REASONS.repeatedHeader);
      expect(result.problems).toEqual([]);
    });

    it("shares one groups object among records of the same groups", () => {
      const result = readAuditGrid([["Team", "Shift", "Score"], ["Team A", "Day", 0.9], ["Team A ", "Day", 0.8], ["Team B", "Day", 0.7]], { sheet: "S" });
      expect(result.records[0].groups).toBe(result.records[1].groups);
      expect(result.records[2].groups).toEqual({ team: "Team B", shift: "Day" });
    });
  });

  describe("a Yes/No 'Result' column", () => {
    it("reads each answer as one item, whatever the header suggests", () => {
      const grid: CellValue[][] = [["Date", "Unit", "Result"], [46027, "Oak", "Yes"], [46027, "Ash", "No"], [46028, "Oak", "N/A"], [46028, "Ash", "Met"]];
      const result = readAuditGrid(grid, { sheet: "Spot checks" });
      expect(result.layout).toBe("per-record-items");
      expect(scores(result)).toEqual(["1/1", "0/1", "1/1"]);
      expect(skippedReason(result, 4)).toBe(SKIPPED_ROW_REASONS.allItemsNotApplicable);
    });
  });

  describe("wide trackers", () => {
    it("unpivots one record per row and week, dated by the heading, skipping Average rows and blanks", () => {
      const result = readAuditGrid(locationTrackerGrid, { sheet: "Location recovery" });
      expect(result.layout).toBe("wide");
      expect(result.headerRow).toBe(2);
      expect(result.scoreUnit).toBe("percentage");
      expect(result.records.slice(0, 2)).toEqual([
        { sheet: "Location recovery", row: 3, date: 46027, periodLabel: "w/c 05/01/2026", groups: { location: "Maple House", source: "Care records audit" }, kind: "score", score: 0.77 },
        { sheet: "Location recovery", row: 3, date: 46034, periodLabel: "w/c 12/01/2026", groups: { location: "Maple House", source: "Care records audit" }, kind: "score", score: 0.82 },
      ]);
      expect(result.records).toHaveLength(16);
      expect(result.rowsSkipped).toEqual([
        { row: 6, reason: SKIPPED_ROW_REASONS.totals },
        { row: 7, reason: SKIPPED_ROW_REASONS.blank },
        { row: 11, reason: SKIPPED_ROW_REASONS.totals },
      ]);
      expectEveryRowAccountedFor(result);
    });

    it("leaves out only the week of an unreadable cell", () => {
      const result = readAuditGrid(locationTrackerGrid, { sheet: "Location recovery" });
      expect(messages(result)).toEqual(['Row 10, column E "w/c 19/01/2026": the cell shows the Excel error #DIV/0!; w/c 19/01/2026 left out']);
      expect(result.records.filter((record) => record.row === 10).map((record) => record.periodLabel)).toEqual(["w/c 05/01/2026", "w/c 12/01/2026"]);
    });

    it("never reads the summary column", () => {
      const result = readAuditGrid(locationTrackerGrid, { sheet: "Location recovery" });
      expect(result.records.some((record) => record.periodLabel === "Average")).toBe(false);
    });

    it("keeps numbered headings without dates, and skips N/A weeks", () => {
      const result = readAuditGrid(weekNumberTrackerGrid, { sheet: "Shifts" });
      expect(result.records.filter((record) => record.groups.shift === "Night").map((record) => [record.date, record.periodLabel, record.kind === "score" ? record.score : null])).toEqual([
        [null, "Wk 1", 0.78],
        [null, "Wk 2", 0.8],
        [null, "Wk 4", 0.84],
      ]);
      expect(skippedReason(result, 4)).toBe(SKIPPED_ROW_REASONS.totals);
    });

    it("reads headings that are real dates, serials and month names", () => {
      const grid: CellValue[][] = [
        ["Team", utc(2026, 1, 1), 46054, "Mar-26", "April 2026"],
        ["Team A", 0.8, 0.85, 0.9, 0.95],
      ];
      const result = readAuditGrid(grid, { sheet: "Monthly" });
      expect(result.records.map((record) => [record.date, record.periodLabel])).toEqual([
        [46023, "01/01/2026"],
        [46054, "01/02/2026"],
        [46082, "Mar-26"],
        [46113, "April 2026"],
      ]);
    });

    it("reports a blank group and leaves the whole row out", () => {
      const grid: CellValue[][] = [["Team", "Wk 1", "Wk 2"], [null, 0.8, 0.9], ["Team B", 0.7, 0.75]];
      const result = readAuditGrid(grid, { sheet: "S" });
      expect(messages(result)).toEqual(['Row 2, column A "Team": blank: every row needs a team to be compared; row left out']);
      expect(result.records.map((record) => record.row)).toEqual([3, 3]);
    });

    it("skips a block title row with no values", () => {
      const grid: CellValue[][] = [["Team", "Wk 1", "Wk 2"], ["Night staff block"], ["Team B", 0.7, 0.75]];
      expect(skippedReason(readAuditGrid(grid, { sheet: "S" }), 2)).toBe(SKIPPED_ROW_REASONS.noPeriodValues);
    });
  });

  describe("options", () => {
    it("reads with the user's mapping instead of the proposal", () => {
      const mapping: ColumnMapping = [
        { index: 0, header: "Area", role: "location", confidence: 1, reason: "Chosen by the user." },
        { index: 2, header: "Mark", role: "score", confidence: 1, reason: "Chosen by the user." },
      ];
      const result = readAuditGrid([["Area", "Notes", "Mark"], ["Maple House", "fine", 90]], { sheet: "S", mapping });
      expect(result.mapping).toEqual(mapping);
      expect(result.records[0]).toMatchObject({ groups: { location: "Maple House" }, score: 0.9 });
    });

    it("drops malformed entries of a user's mapping", () => {
      const mapping = [
        { index: 0, header: "Team", role: "team" },
        { index: -1, header: "?", role: "score" },
        { index: 1, header: "Score", role: "nonsense" },
        null,
        { index: 1, header: "Score", role: "score" },
      ] as unknown as ColumnMapping;
      const result = readAuditGrid([["Team", "Score"], ["Team A", 0.9]], { sheet: "S", mapping });
      expect(result.mapping.map((entry) => [entry.index, entry.role])).toEqual([[0, "team"], [1, "score"]]);
      expect(result.records).toHaveLength(1);
    });

    it("uses the header row the user chose", () => {
      const grid: CellValue[][] = [["Team", "Score"], ["Unit", "Result"], ["Oak", 0.9]];
      const result = readAuditGrid(grid, { sheet: "S", headerRow: 2 });
      expect(result.headerRow).toBe(2);
      expect(result.records).toHaveLength(1);
    });

    it("reads raw scores in the unit the user chose", () => {
      const asPercent = readAuditGrid([["Team", "Score"], ["Team A", 0.5]], { sheet: "S", scoreUnit: "percentage" });
      expect(scores(asPercent)).toEqual([0.005]);
      const asProportion = readAuditGrid([["Team", "Score"], ["Team A", 87], ["Team B", 0.87]], { sheet: "S", scoreUnit: "proportion" });
      expect(messages(asProportion)).toEqual(['Row 2, column B "Score": 87 is not a score between 0 and 1; row left out']);
      expect(scores(asProportion)).toEqual([0.87]);
    });
  });

  describe("grids with nothing to read", () => {
    it("returns an empty result for an empty grid", () => {
      expect(readAuditGrid([], { sheet: "Empty" })).toEqual({
        sheet: "Empty", layout: "per-audit", headerRow: 1, mapping: [], scoreUnit: null, records: [], problems: [], rowsRead: 0, rowsUsed: 0, rowsSkipped: [],
        rowsLeftOut: [], groupRoles: [], groupsFrom: [], partialAnswers: 0,
      });
    });

    it("reports a sheet without a measure once and skips its rows with a reason", () => {
      const result = readAuditGrid([["Team", "Notes"], ["Team A", "fine"], ["Team B", "ok"]], { sheet: "Notes" });
      expect(messages(result)).toEqual([
        "No column of scores, counts, Yes/No answers or weekly or monthly results was found under the header in row 1; choose the column roles by hand",
      ]);
      expect(result.rowsSkipped.map((skipped) => skipped.reason)).toEqual([SKIPPED_ROW_REASONS.noMeasureColumn, SKIPPED_ROW_REASONS.noMeasureColumn]);
    });

    it("does not count blank rows below the last filled row", () => {
      const grid: CellValue[][] = [["Team", "Score"], ["Team A", 0.9], [], ["Team B", 0.8], ...Array.from({ length: 1000 }, () => [null, ""])];
      const result = readAuditGrid(grid, { sheet: "S" });
      expect(result.rowsRead).toBe(3);
      expectEveryRowAccountedFor(result);
    });
  });

  describe("partial answers", () => {
    // Two records of four questions: row 2 has Yes, Yes, Partial, No; row 3 Partly, Some, Yes, N/A.
    const grid: CellValue[][] = [
      ["Team", "Q1", "Q2", "Q3", "Q4"],
      ["Team A", "Yes", "Yes", "Partial", "No"],
      ["Team B", "Partly", "Some", "Yes", "N/A"],
    ];

    it("counts a partial answer as not met by default and says how many there were", () => {
      const result = readAuditGrid(grid, { sheet: "S" });
      expect(scores(result)).toEqual(["2/4", "1/3"]);
      expect(result.partialAnswers).toBe(3);
    });

    it("leaves partial answers out like N/A when asked", () => {
      expect(scores(readAuditGrid(grid, { sheet: "S", partialAnswers: "left-out" }))).toEqual(["2/3", "1/1"]);
    });

    it("scores each record with a partial answer as half when asked", () => {
      // (2 + 0.5) / 4 and (1 + 0.5 + 0.5) / 3.
      expect(scores(readAuditGrid(grid, { sheet: "S", partialAnswers: "half" }))).toEqual([0.625, 0.6667]);
    });

    it("leaves out a row with only partial answers under left-out, with its reason", () => {
      const result = readAuditGrid([["Team", "Q1", "Q2"], ["Team A", "Partial", "N/A"], ["Team B", "Yes", "No"]], { sheet: "S", partialAnswers: "left-out" });
      expect(skippedReason(result, 2)).toBe(SKIPPED_ROW_REASONS.onlyPartialLeftOut);
      expectEveryRowAccountedFor(result);
    });
  });

  describe("groups wherever the sheet keeps them", () => {
    it("reads the team named above the table and above each block", () => {
      const result = readAuditGrid(
        [["Team: Oak Unit"], ["Date", "Score"], [46027, 0.9], [46034, 0.8], [], ["Team", "Elm Unit"], ["Date", "Score"], [46027, 0.7]],
        { sheet: "S" },
      );
      expect(result.records.map((record) => [record.row, record.groups.team])).toEqual([[3, "Oak Unit"], [4, "Oak Unit"], [8, "Elm Unit"]]);
      expect(result.groupRoles).toEqual(["team"]);
      expect(result.rowsLeftOut).toEqual([
        { reason: SKIPPED_ROW_REASONS.blank, count: 1 },
        { reason: SKIPPED_ROW_REASONS.groupHeading, count: 1 },
        { reason: SKIPPED_ROW_REASONS.repeatedHeader, count: 1 },
      ]);
    });

    it("reads units side by side as groups, one record per answer, and an unreadable answer as a problem on its own", () => {
      const result = readAuditGrid(
        [["Question", "Oak Unit", "Elm Unit"], ["Call bell in reach", "Yes", "No"], ["Room clean", "Yes?", "Yes"], ["Fire door shut", "Yes", "Partial"], ["Total", 2, 1]],
        { sheet: "Walkround" },
      );
      expect(result.layout).toBe("groups-as-columns");
      expect(result.records.map((record) => [record.row, record.groups.team, scores({ ...result, records: [record] })[0]])).toEqual([
        [2, "Oak Unit", "1/1"],
        [2, "Elm Unit", "0/1"],
        [3, "Elm Unit", "1/1"],
        [4, "Oak Unit", "1/1"],
        [4, "Elm Unit", "0/1"],
      ]);
      expect(messages(result)).toEqual(['Row 3, column B "Oak Unit": "Yes?" is not Yes, No, Partial or N/A; answer left out, the other groups\' answers are used']);
      expect(skippedReason(result, 5)).toBe(SKIPPED_ROW_REASONS.totals);
    });

    it("keeps a group whose name starts with a totals word", () => {
      const result = readAuditGrid([["Team", "Score"], ["+SUM(9,9) Gamma", 0.8], ["Sum Gamma", 0.7], ["Total", 1.5]], { sheet: "S" });
      expect(result.records.map((record) => record.groups.team)).toEqual(["+SUM(9,9) Gamma", "Sum Gamma"]);
      expect(skippedReason(result, 4)).toBe(SKIPPED_ROW_REASONS.totals);
    });
  });

  describe("arbitrary grids", () => {
    // A small linear congruential generator (Numerical Recipes constants) keeps the junk reproducible.
    function generator(seed: number): () => number {
      let state = seed >>> 0;
      return () => {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        return state / 2 ** 32;
      };
    }

    const junk: unknown[] = [
      null, undefined, "", "  ", 0, 1, -1, 0.5, 87, 120, 46027, Number.NaN, Number.POSITIVE_INFINITY, -0, 1e300, true, false,
      "Yes", "No", "N/A", "Yes?", "87%", "120%", "7/8", "9/8", "0/0", "Total", "Average", "All teams", "#N/A", "#DIV/0!", "Team A",
      "Night", "Partial", "Some", "Team: Oak Unit", "Oak Unit", "Elm Unit", "+SUM(9,9) Gamma", "E", "N", "w/c 05/01/2026", "Wk 1", "Jan-26", "31/02/2026", "05/01/2026", "Score", "Team", "Date", "Result", "Passed", "Checked",
      new Date(Date.UTC(2026, 0, 5)), new Date(Number.NaN), new Date(Date.UTC(1800, 0, 1)), { error: "#REF!" }, { error: 7 }, {}, [],
      { richText: [{ text: "x" }] }, "x".repeat(500), "\u00a0", "\ufeff",
    ];

    it("never throws and accounts for every row", () => {
      const random = generator(20260105);
      for (let trial = 0; trial < 300; trial++) {
        const rows = Math.floor(random() * 30);
        const grid: unknown[] = [];
        for (let r = 0; r < rows; r++) {
          const shape = random();
          if (shape < 0.05) grid.push(null);
          else if (shape < 0.08) grid.push("not a row");
          else {
            const width = Math.floor(random() * 9);
            const row: unknown[] = [];
            for (let c = 0; c < width; c++) row[c] = random() < 0.1 ? undefined : junk[Math.floor(random() * junk.length)];
            if (random() < 0.05) row.length += 3;
            grid.push(row);
          }
        }
        const result = readAuditGrid(grid as CellValue[][], { sheet: `Junk ${trial}`, firstRow: 1 + Math.floor(random() * 5) });
        expectEveryRowAccountedFor(result);
        for (const record of result.records) {
          if (record.kind === "score") {
            expect(record.score).toBeGreaterThanOrEqual(0);
            expect(record.score).toBeLessThanOrEqual(1);
          } else {
            expect(record.passed).toBeLessThanOrEqual(record.checked);
            expect(record.checked).toBeGreaterThan(0);
          }
        }
        expect(() => JSON.stringify(result)).not.toThrow();
      }
    });

    it("never throws on input that is not a grid at all", () => {
      for (const grid of [null, undefined, "grid", 5, {}, [null], [[{ error: null }]]]) {
        const result = readAuditGrid(grid as unknown as CellValue[][], { sheet: "S" });
        expectEveryRowAccountedFor(result);
      }
      expectEveryRowAccountedFor(readAuditGrid([["Team", "Score"], ["Team A", 0.9]], undefined as unknown as { sheet: string }));
    });
  });
});
