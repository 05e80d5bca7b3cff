import { looksLikeAuditData } from "../../../src/core/audit";
import { actionPlanGrid } from "./fixtures/actionPlanGrid";
import { careRecordLogGrid } from "./fixtures/careRecordLogGrid";
import { locationTrackerGrid } from "./fixtures/locationTrackerGrid";
import { readMeGrid } from "./fixtures/readMeGrid";
import { safeguardingChecksGrid } from "./fixtures/safeguardingChecksGrid";

describe("looksLikeAuditData", () => {
  it("matches its JSDoc example", () => {
    expect(
      looksLikeAuditData([["Finding", "Action", "Owner", "Due date", "Status"], ["Generic notes", "Coaching", "Deputy manager", 46100, "Open"]]).suggested,
    ).toBe(false);
  });

  it.each([
    ["an item log", careRecordLogGrid, "per-record-items", 4],
    ["a log of counts", safeguardingChecksGrid, "per-audit", 1],
    ["a wide tracker", locationTrackerGrid, "wide", 2],
  ])("suggests %s", (_name, grid, layout, headerRow) => {
    const likelihood = looksLikeAuditData(grid);
    expect(likelihood).toMatchObject({ suggested: true, layout, headerRow });
    expect(likelihood.score).toBeGreaterThanOrEqual(0.9);
  });

  it("explains a suggestion in plain words", () => {
    expect(looksLikeAuditData(careRecordLogGrid).reason).toBe("Header in row 4; 5 Yes/No questions; grouped by team; dated; 11 rows.");
  });

  it("names grouping columns in words users read, not the names used in code", () => {
    const reason = looksLikeAuditData(safeguardingChecksGrid).reason;
    expect(reason).toContain("grouped by shift, staff group;");
    expect(reason).not.toContain("staffGroup");
  });

  it("rejects an action plan even though it names teams and has a Yes/No column", () => {
    const likelihood = looksLikeAuditData(actionPlanGrid);
    expect(likelihood.suggested).toBe(false);
    expect(likelihood.score).toBeLessThanOrEqual(0.15);
    expect(likelihood.reason).toBe("An action plan (Finding, Action, Owner, Due date, Status), not audit results.");
  });

  it("scores a sheet of notes low", () => {
    const likelihood = looksLikeAuditData(readMeGrid);
    expect(likelihood.suggested).toBe(false);
    expect(likelihood.score).toBeLessThan(0.3);
  });

  it("scores an empty sheet 0", () => {
    expect(looksLikeAuditData([])).toEqual({ score: 0, suggested: false, headerRow: null, layout: null, reason: "The sheet is empty." });
  });

  it("names the header by the spreadsheet's own row number", () => {
    expect(looksLikeAuditData(safeguardingChecksGrid, { firstRow: 5 }).headerRow).toBe(5);
  });

  it("rates a bare header below a sheet with rows", () => {
    const headerOnly = looksLikeAuditData([["Team", "Score"]]);
    const withRows = looksLikeAuditData([["Team", "Score"], ...Array.from({ length: 10 }, (_, i) => [`Team ${i}`, 0.9])]);
    expect(headerOnly.score).toBeLessThan(withRows.score);
  });
});

describe("looksLikeAuditData on a header with nothing under it", () => {
  it("does not propose a summary cell ('Overall | 87%') or an empty template as audit data", () => {
    for (const grid of [[["Overall", 0.87]], [["Overall score", "=AVERAGE(Audits!D2:D60)"]], [["Date", "Team", "Score"]]]) {
      const likelihood = looksLikeAuditData(grid);
      expect([likelihood.suggested, likelihood.reason]).toEqual([false, "Nothing under the header to read."]);
    }
    expect(looksLikeAuditData([["Summary"], [], ["Overall score", 0.87]]).suggested).toBe(false);
  });
});
