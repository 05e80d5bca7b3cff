// Property tests (fast-check): invariants that must hold for any input, not only the fixtures.
import fc from "fast-check";
import { readAuditGrid } from "../../src/core/audit";
import { analyseRecords, analysisSettingsSchema, toCompareRecords, type RecordSet } from "../../src/core/compare";
import { xmrChart } from "../../src/core/stats";
import type { CellValue } from "../../src/core/values";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 200 }),
  fc.constantFrom("Yes", "No", "N/A", "Team A", "Night", "Total", "Average", "87%", "7/8", "05/01/2026", "Mar-26", "#N/A", "Score", "Team", "Date", "Yes?"),
  fc.string({ maxLength: 8 }),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2030, 0, 1)) }),
  fc.record({ error: fc.constantFrom("#N/A", "#VALUE!", "#DIV/0!", "#REF!") })
);

describe("readAuditGrid (properties)", () => {
  it("never throws on any grid and accounts for every row below the header", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 30 }), (grid) => {
        const result = readAuditGrid(grid, { sheet: "Any" });
        expect(result.rowsRead).toBe(result.rowsUsed + result.rowsSkipped.length);
      }),
      { numRuns: 300 }
    );
  });

  it("always reads an audit log with a header whatever its rows hold", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 40 }), (rows) => {
        const grid: CellValue[][] = [["Audit date", "Team", "Score"], ...rows];
        const result = readAuditGrid(grid, { sheet: "Log" });
        expect(result.rowsRead).toBe(result.rowsUsed + result.rowsSkipped.length);
        // Every problem names its row and column, or is about the sheet as a whole (no column at all).
        for (const problem of result.problems) if (problem.columnLetter !== "") expect(problem.message).toMatch(/^Row \d+, column [A-Z]+ /);
      }),
      { numRuns: 300 }
    );
  });
});

// Monday 05/01/2026 is Excel serial 46027.
const auditRow = fc.record({
  week: fc.integer({ min: 0, max: 11 }),
  team: fc.constantFrom("Team A", "Team B", "Team C"),
  shift: fc.constantFrom("Day", "Night"),
  score: fc.integer({ min: 0, max: 100 }),
});

describe("analyseRecords (properties)", () => {
  const settings = analysisSettingsSchema.parse({ asOf: 46112, period: "week", minimumRecords: 2, minimumPeriods: 2 });
  const statuses = (rows: { week: number; team: string; shift: string; score: number }[], unit: "percent" | "proportion") => {
    const grid: CellValue[][] = [["Week commencing", "Team", "Shift", "Score"], ...rows.map((r) => [46027 + r.week * 7, r.team, r.shift, unit === "percent" ? r.score : r.score / 100])];
    // A sheet of percentages must hold some number above 1, or 1% reads as 1.0: pin the unit as a user would.
    const read = readAuditGrid(grid, { sheet: "Scores", scoreUnit: unit === "percent" ? "percentage" : "proportion" });
    const set: RecordSet = { title: "Scores", sources: [], records: toCompareRecords(read.records), groupingColumns: ["team", "shift"] };
    const result = analyseRecords(set, settings);
    return result.dimensions.map((d) => d.groups.map((g) => [d.dimension, g.name, g.status, g.mean.toFixed(9)]).sort());
  };

  it("gives the same comparison whatever the order of the rows", () => {
    fc.assert(
      fc.property(fc.array(auditRow, { minLength: 1, maxLength: 60 }), fc.integer(), (rows, seed) => {
        const shuffled = [...rows].sort((a, b) => ((a.score * 31 + a.week * 7 + seed) % 13) - ((b.score * 31 + b.week * 7 + seed) % 13));
        expect(statuses(shuffled, "percent")).toEqual(statuses(rows, "percent"));
      }),
      { numRuns: 200 }
    );
  });

  it("gives the same comparison in percentages and in proportions", () => {
    fc.assert(
      fc.property(fc.array(auditRow, { minLength: 1, maxLength: 60 }), (rows) => {
        expect(statuses(rows, "proportion")).toEqual(statuses(rows, "percent"));
      }),
      { numRuns: 200 }
    );
  });
});

describe("xmrChart (properties)", () => {
  const series = fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 2, maxLength: 40 });

  it("puts the process limits either side of the mean", () => {
    fc.assert(
      fc.property(series, fc.constantFrom("MDC" as const, "PLOTTHEDOTS" as const), (values, method) => {
        const chart = xmrChart(values, { method });
        expect(chart.lpl).toBeLessThanOrEqual(chart.mean);
        expect(chart.upl).toBeGreaterThanOrEqual(chart.mean);
        expect(chart.pointLabels).toHaveLength(values.length);
      }),
      { numRuns: 300 }
    );
  });

  it("moves the mean and limits with a shifted series and keeps the labels", () => {
    fc.assert(
      fc.property(series, fc.double({ min: -500, max: 500, noNaN: true }), (values, shift) => {
        const before = xmrChart(values);
        const after = xmrChart(values.map((v) => v + shift));
        const tolerance = 1e-6 * (1 + Math.max(...values.map(Math.abs)) + Math.abs(shift));
        expect(Math.abs(after.mean - (before.mean + shift))).toBeLessThan(tolerance);
        expect(Math.abs(after.lpl - (before.lpl + shift))).toBeLessThan(tolerance);
        expect(Math.abs(after.upl - (before.upl + shift))).toBeLessThan(tolerance);
      }),
      { numRuns: 300 }
    );
  });
});
