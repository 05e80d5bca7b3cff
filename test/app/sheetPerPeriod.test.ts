// One sheet per month with the same columns, as quality leads keep a monthly audit: read together they
// are one audit over time, each sheet its own month, not three audits nor three "teams".
import { analyseWorkbook, sameShapeSheets } from "../../src/app/analyseWorkbook";
import type { SheetGrid } from "../../src/app/ports";
import { describeRowsAccounted } from "../../src/core/audit";

// 31/03/2026 is Excel serial 46112; 01/01/2026 is 46023, 01/02/2026 46054 and 01/03/2026 46082.
const review = 46112;

/** Checks passed of 20 made, per staff group and month: Agency improves, Permanent holds. */
const PASSED: Record<string, Record<string, number>> = {
  January: { Agency: 12, "Bank staff": 15, Permanent: 19 },
  February: { Agency: 14, "Bank staff": 15, Permanent: 19 },
  March: { Agency: 16, "Bank staff": 15, Permanent: 19 },
};
const MADE = 20;

function monthSheets(names: readonly string[], dated: boolean): SheetGrid[] {
  return names.map((sheet, month) => {
    const header = dated ? ["Date", "Staff group", "Checks passed", "Checks made"] : ["Staff group", "Checks passed", "Checks made"];
    const rows = Object.entries(PASSED[Object.keys(PASSED)[month]]).flatMap(([group, passed]) =>
      // Two audits per group per month, each 20 checks made; dated the 5th and 19th when dated.
      [5, 19].map((day) => (dated ? [46023 + [0, 31, 59][month] + day - 1, group, passed, MADE] : [group, passed, MADE])),
    );
    return { sheet, table: null, firstRow: 1, firstColumn: 1, values: [header, ...rows], file: null };
  });
}

describe("one sheet per month, read as one audit over time", () => {
  it("offers sheets named by months as periods, not as groups", () => {
    expect(sameShapeSheets(monthSheets(["January", "February", "March"], false)).map((set) => [set.sheets, set.role])).toEqual([[["January", "February", "March"], "period"]]);
    expect(sameShapeSheets(monthSheets(["Jan-26", "Feb-26", "Mar-26"], true)).map((set) => set.role)).toEqual(["period"]);
    expect(sameShapeSheets(monthSheets(["Oak", "Elm", "Ash"], false)).map((set) => set.role)).toEqual(["team"]);
  });

  it("dates rows without a date by their sheet's month and compares the staff groups month by month", () => {
    const result = analyseWorkbook(monthSheets(["January", "February", "March"], false), { asOf: review, target: 90 }, { sheetsAsGroups: true });
    expect(result.analyses.map((analysis) => analysis.title)).toEqual(["January, February and March"]);
    const [analysis] = result.analyses;
    expect(analysis.dimensions.map((dimension) => dimension.dimension)).toEqual(["staffGroup"]);
    const agency = analysis.dimensions[0].groups.find((group) => group.name === "Agency");
    // Agency: (12 + 14 + 16) × 2 audits = 84 passed of 6 × 20 = 120 made: 70%; by month 60%, 70%, 80%.
    expect(agency?.mean).toBeCloseTo(84 / 120, 10);
    expect(agency?.series.map((point) => [point.label, point.value, point.partial === true])).toEqual([
      ["Jan 2026", 0.6, false],
      ["Feb 2026", 0.7, false],
      ["Mar 2026", 0.8, false],
    ]);
    expect(describeRowsAccounted(analysis.sources[0])).toEqual([
      "6 rows read: 6 used, 0 left out.",
      'Weeks or months from the sheet name "January" for 6 records without a date (3 sheets with the same columns).',
    ]);
  });

  it("keeps each row's own date where it has one, and says nothing of the sheet's name then", () => {
    const result = analyseWorkbook(monthSheets(["Jan", "Feb", "Mar"], true), { asOf: review, target: 90 }, { sheetsAsGroups: true });
    const [analysis] = result.analyses;
    expect(analysis.title).toBe("Jan, Feb and Mar");
    expect(analysis.sources.map((source) => source.periodsFrom)).toEqual([undefined, undefined, undefined]);
    expect(analysis.sources.map((source) => source.groupsFrom)).toEqual([[], [], []]);
    // 18 audits in all, six per staff group.
    expect(analysis.dimensions[0].groups.map((group) => group.records)).toEqual([6, 6, 6]);
  });
});
