import { resolve } from "node:path";

import ExcelJS from "exceljs";

import { SAMPLE_EXPECTATIONS } from "../../../scripts/sample/sampleExpectations";
import { looksLikeAuditData, readAuditGrid, type GridLayout, type GridReadResult } from "../../../src/core/audit";
import type { CellValue } from "../../../src/core/values";
import { careRecordLogRoles } from "./fixtures/careRecordLogGrid";

// The embedded sample workbook, read as the ExcelJS adapter will read it, must give the header rows,
// layouts, roles, slips and rates its generator documents in scripts/sample/sampleExpectations.ts.

const samplePath = resolve(__dirname, "..", "..", "..", SAMPLE_EXPECTATIONS.file);
/** The expectations' rates are rounded to four places. */
const measuredTolerance = 0.00006;

const layoutOf: Record<string, GridLayout | null> = {
  notes: null,
  "item-columns": "per-record-items",
  "one-row-per-check": "per-audit",
  "wide-weekly": "wide",
  "action-plan": null,
};

/** ExcelJS cell values as the reader's CellValue: formulas by their result, rich text and links by their text. */
function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== "object") return value;
  if ("error" in value) return { error: String(value.error) };
  if ("formula" in value || "sharedFormula" in value) return toCellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("text" in value) return typeof value.text === "string" ? value.text : toCellValue(value.text as ExcelJS.CellValue);
  return null;
}

function toGrid(sheet: ExcelJS.Worksheet): CellValue[][] {
  const grid: CellValue[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) grid.push(Array.from({ length: sheet.columnCount }, (): CellValue => null));
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      grid[rowNumber - 1][columnNumber - 1] = toCellValue(cell.value);
    });
  });
  return grid;
}

function pooledRates(result: GridReadResult, role: "team" | "staffGroup" | "shift"): Record<string, number> {
  const totals = new Map<string, { passed: number; checked: number }>();
  for (const record of result.records) {
    const group = record.groups[role];
    if (group === undefined || record.kind !== "counts") continue;
    const total = totals.get(group) ?? { passed: 0, checked: 0 };
    total.passed += record.passed;
    total.checked += record.checked;
    totals.set(group, total);
  }
  return Object.fromEntries([...totals].map(([group, { passed, checked }]) => [group, passed / checked]));
}

function meanScores(result: GridReadResult): Record<string, number> {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const record of result.records) {
    const location = record.groups.location;
    if (location === undefined || record.kind !== "score") continue;
    const sum = sums.get(location) ?? { sum: 0, count: 0 };
    sum.sum += record.score;
    sum.count += 1;
    sums.set(location, sum);
  }
  return Object.fromEntries([...sums].map(([location, { sum, count }]) => [location, sum / count]));
}

function expectRatesClose(actual: Record<string, number>, expected: Readonly<Record<string, number>>): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [group, rate] of Object.entries(expected)) expect(Math.abs(actual[group] - rate)).toBeLessThan(measuredTolerance);
}

const grids = new Map<string, CellValue[][]>();
const results = new Map<string, GridReadResult>();

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(samplePath);
  for (const sheet of workbook.worksheets) {
    const grid = toGrid(sheet);
    grids.set(sheet.name, grid);
    results.set(sheet.name, readAuditGrid(grid, { sheet: sheet.name }));
  }
});

function resultOf(name: string): GridReadResult {
  const result = results.get(name);
  if (result === undefined) throw new Error(`sheet "${name}" was not read`);
  return result;
}

describe("looksLikeAuditData", () => {
  it.each(SAMPLE_EXPECTATIONS.sheets.map((sheet) => [sheet.name, sheet] as const))("judges the sample's %p as audit data or not", (name, expected) => {
    const likelihood = looksLikeAuditData(grids.get(name) ?? []);
    expect(likelihood.suggested).toBe(expected.auditData);
    expect(likelihood.layout).toBe(layoutOf[expected.layout]);
  });
});

describe("readAuditGrid", () => {
  it.each(SAMPLE_EXPECTATIONS.sheets.filter((sheet) => sheet.auditData).map((sheet) => [sheet.name, sheet] as const))(
    "finds the header row and layout of the sample's %p",
    (name, expected) => {
      const result = resultOf(name);
      expect(result.headerRow).toBe(expected.headerRow);
      expect(result.layout).toBe(layoutOf[expected.layout]);
      expect(result.mapping.slice(0, expected.headers.length).map((entry) => entry.header)).toEqual(expected.headers);
      expect(result.rowsRead).toBe(result.rowsUsed + result.rowsSkipped.length);
    },
  );

  it("maps the care record log's items, team and personal columns", () => {
    expect(Object.fromEntries(resultOf("Care record audits").mapping.map((entry) => [entry.header, entry.role]))).toEqual(careRecordLogRoles);
  });

  it("maps the safeguarding checks' groups and counts", () => {
    expect(Object.fromEntries(resultOf("Safeguarding checks").mapping.map((entry) => [entry.header, entry.role]))).toMatchObject({
      Date: "date",
      "Staff group": "staffGroup",
      Shift: "shift",
      Staff: "staff",
      "Correct responses": "passed",
      "Questions asked": "checked",
    });
  });

  it("maps the location tracker's twelve week columns C to N as periods", () => {
    const mapping = resultOf("Location recovery").mapping;
    expect(mapping.map((entry) => entry.role)).toEqual(["location", "source", ...Array.from({ length: 12 }, () => "period")]);
    expect(resultOf("Location recovery").scoreUnit).toBe("percentage");
  });

  it("reports every documented slip on its own row and column, keeping the other answers of a row with an unreadable answer", () => {
    const problems = resultOf("Care record audits").problems;
    expect(problems.map((problem) => [problem.row, problem.columnLetter, problem.header])).toEqual(
      SAMPLE_EXPECTATIONS.glitches.map((glitch) => [glitch.row, glitch.columnLetter, glitch.column]),
    );
    for (const problem of problems) expect(problem.sheet).toBe("Care record audits");
    const recordRows = new Set(resultOf("Care record audits").records.map((record) => record.row));
    for (const glitch of SAMPLE_EXPECTATIONS.glitches) expect(recordRows.has(glitch.row)).toBe(glitch.kind !== "blank-group");
  });

  it("reads the other audit sheets without a problem", () => {
    expect(resultOf("Safeguarding checks").problems).toEqual([]);
    expect(resultOf("Location recovery").problems).toEqual([]);
  });

  it("skips the tracker's Average and blank rows, and its blank week, without a problem", () => {
    const result = resultOf("Location recovery");
    const expected = SAMPLE_EXPECTATIONS.sheets.find((sheet) => sheet.name === "Location recovery");
    expect(result.rowsSkipped.map((skipped) => skipped.row)).toEqual(expected?.nonDataRows.map((row) => row.row));
    for (const blank of SAMPLE_EXPECTATIONS.blankCells) {
      const weeks = result.records.filter((record) => record.row === blank.row).map((record) => record.periodLabel);
      expect(weeks).toHaveLength(11);
      expect(weeks).not.toContain(blank.column.replace(/^w\/c /, ""));
    }
  });

  it("reproduces the documented pooled rates by team, staff group and shift", () => {
    const { careRecords, safeguarding } = SAMPLE_EXPECTATIONS.measured;
    expect(resultOf("Care record audits").rowsUsed).toBe(careRecords.rowsWithoutGlitch);
    expectRatesClose(pooledRates(resultOf("Care record audits"), "team"), careRecords.byTeam);
    expect(resultOf("Safeguarding checks").records).toHaveLength(safeguarding.checks);
    expectRatesClose(pooledRates(resultOf("Safeguarding checks"), "staffGroup"), safeguarding.byStaffGroup);
    expectRatesClose(pooledRates(resultOf("Safeguarding checks"), "shift"), safeguarding.byShift);
  });

  it("reproduces the documented mean evidence score by location", () => {
    expectRatesClose(meanScores(resultOf("Location recovery")), SAMPLE_EXPECTATIONS.measured.locations.byLocation);
  });

  it("copies only group names into records, never staff, auditors, record IDs or comments", () => {
    for (const result of results.values()) {
      for (const record of result.records) {
        for (const key of Object.keys(record.groups)) expect(["team", "shift", "location", "staffGroup", "auditType", "source"]).toContain(key);
      }
    }
    const staffInitials = new Set((grids.get("Safeguarding checks") ?? []).slice(1).map((row) => row[3]));
    const groupNames = new Set(resultOf("Safeguarding checks").records.flatMap((record) => Object.values(record.groups)));
    for (const name of groupNames) expect(staffInitials.has(name)).toBe(false);
  });
});
