import { readWorkbookGrids, type ColumnMapping } from "../../../src/core/audit";
import { actionPlanGrid } from "./fixtures/actionPlanGrid";
import { careRecordLogGrid } from "./fixtures/careRecordLogGrid";
import { locationTrackerGrid } from "./fixtures/locationTrackerGrid";
import { readMeGrid } from "./fixtures/readMeGrid";

const workbook = [
  { sheet: "Read me", values: readMeGrid },
  { sheet: "Care record audits", values: careRecordLogGrid },
  { sheet: "Location recovery", values: locationTrackerGrid },
  { sheet: "Actions", values: actionPlanGrid },
];

describe("readWorkbookGrids", () => {
  it("matches its JSDoc example", () => {
    expect(
      readWorkbookGrids([
        { sheet: "Read me", values: [["This workbook holds the care record audits for 2026."]] },
        { sheet: "Audits", values: [["Team", "Score"], ["Team A", 0.9], ["Team B", 0.8]] },
      ]).map((read) => read.result?.records.length ?? null),
    ).toEqual([null, 2]);
  });

  it("reads the grids that look like audit data and lists the rest", () => {
    const reads = readWorkbookGrids(workbook);
    expect(reads.map((read) => [read.sheet, read.likelihood.suggested, read.result?.layout ?? null])).toEqual([
      ["Read me", false, null],
      ["Care record audits", true, "per-record-items"],
      ["Location recovery", true, "wide"],
      ["Actions", false, null],
    ]);
  });

  it("reads the grids the user chose, by sheet or table name", () => {
    const reads = readWorkbookGrids(
      [...workbook, { sheet: "Data", table: "SpotChecks", values: [["Team", "Score"], ["Team A", 0.9]] }],
      { chosen: ["Location recovery", "SpotChecks"] },
    );
    expect(reads.filter((read) => read.result !== null).map((read) => read.table ?? read.sheet)).toEqual(["Location recovery", "SpotChecks"]);
  });

  it("applies the user's mapping to its grid and keeps the grid's position", () => {
    const mapping: ColumnMapping = [
      { index: 0, header: "Area", role: "location", confidence: 1, reason: "Chosen by the user." },
      { index: 1, header: "Mark", role: "score", confidence: 1, reason: "Chosen by the user." },
    ];
    const [read] = readWorkbookGrids(
      [{ sheet: "Data", table: "Marks", firstRow: 3, firstColumn: 2, values: [["Area", "Mark"], ["Maple House", 0.9]] }],
      { chosen: ["Marks"], mappings: { Marks: mapping } },
    );
    expect(read.result?.records).toEqual([
      { sheet: "Data", row: 4, date: null, periodLabel: null, groups: { location: "Maple House" }, kind: "score", score: 0.9 },
    ]);
    expect(read.result?.mapping).toEqual(mapping);
  });

  it("never throws on malformed input and keeps one read per grid", () => {
    expect(readWorkbookGrids(null as never)).toEqual([]);
    const reads = readWorkbookGrids([null, { sheet: 5, values: "x" }] as never);
    expect(reads.map((read) => [read.sheet, read.result])).toEqual([["", null], ["", null]]);
  });
});
