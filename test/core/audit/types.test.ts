import {
  COLUMN_ROLES,
  GRID_LAYOUTS,
  GROUPING_ROLES,
  SCORE_UNITS,
  type AuditRecord,
  type ColumnMapping,
  type ColumnMappingEntry,
  type GridReadResult,
  type ReadProblem,
  type RecordGroups,
  type SkippedRow,
} from "../../../src/core/audit";

describe("COLUMN_ROLES", () => {
  it("matches its JSDoc example", () => {
    expect(COLUMN_ROLES.includes("shift")).toBe(true);
  });

  it("holds every grouping role", () => {
    for (const role of GROUPING_ROLES) expect(COLUMN_ROLES).toContain(role);
  });
});

describe("GROUPING_ROLES", () => {
  it("matches its JSDoc example", () => {
    expect(GROUPING_ROLES.includes("staffGroup")).toBe(true);
  });
});

describe("GRID_LAYOUTS", () => {
  it("matches its JSDoc example", () => {
    expect(GRID_LAYOUTS.includes("groups-as-columns")).toBe(true);
  });
});

describe("SCORE_UNITS", () => {
  it("matches its JSDoc example", () => {
    expect(SCORE_UNITS.includes("percentage")).toBe(true);
  });
});

describe("GridReadResult", () => {
  it("accepts the JSDoc examples of every type and survives a JSON round trip", () => {
    const column: ColumnMappingEntry = { index: 1, header: "Team", role: "team", confidence: 0.95, reason: 'The header "Team" names a team.' };
    const mapping: ColumnMapping = [column];
    const groups: RecordGroups = { team: "Team B", shift: "Night" };
    const record: AuditRecord = {
      sheet: "Care record audits", row: 5, date: 46027, periodLabel: null, groups: { team: "Team B" }, kind: "counts", passed: 3, checked: 4,
    };
    const problem: ReadProblem = {
      sheet: "Care record audits", row: 17, column: 'G "Risk updated"', columnLetter: "G", header: "Risk updated",
      message: 'Row 17, column G "Risk updated": "Yes?" is not Yes, No or N/A; row left out',
    };
    const skipped: SkippedRow = { row: 9, reason: "blank row" };
    const result: GridReadResult = {
      sheet: "Read me", layout: "per-audit", headerRow: 1, mapping, scoreUnit: null, records: [record], problems: [problem],
      rowsRead: 2, rowsUsed: 1, rowsSkipped: [skipped], rowsLeftOut: [{ reason: "blank row", count: 1 }], groupRoles: ["team"],
      groupsFrom: ['the heading "Team: Oak Unit" above the rows'], partialAnswers: 0,
    };
    expect(JSON.parse(JSON.stringify({ result, groups }))).toEqual({ result, groups });
  });
});
