import { findHeaderRow } from "../../../src/core/audit";
import { careRecordLogGrid } from "./fixtures/careRecordLogGrid";
import { locationTrackerGrid } from "./fixtures/locationTrackerGrid";
import { safeguardingChecksGrid } from "./fixtures/safeguardingChecksGrid";

describe("findHeaderRow", () => {
  it("matches its JSDoc example", () => {
    expect(findHeaderRow([["Care record audit 2026"], [], ["Team", "Date", "Score"], ["Team A", 46027, 0.9]])).toBe(2);
  });

  it("finds the header in row 4 below a title, a note and a blank row", () => {
    expect(findHeaderRow(careRecordLogGrid)).toBe(3);
  });

  it("finds a header in the first row", () => {
    expect(findHeaderRow(safeguardingChecksGrid)).toBe(0);
  });

  it("finds a wide tracker's header of week headings below a title", () => {
    expect(findHeaderRow(locationTrackerGrid)).toBe(1);
  });

  it("finds a header of real dates, as ExcelJS gives them", () => {
    const grid = [
      ["Weekly tracker"],
      ["Location", new Date(Date.UTC(2026, 0, 5)), new Date(Date.UTC(2026, 0, 12)), new Date(Date.UTC(2026, 0, 19))],
      ["Maple House", 80, 85, 90],
      ["Birch Court", 70, 72, 75],
    ];
    expect(findHeaderRow(grid)).toBe(1);
  });

  it("prefers a header over a data row of text answers", () => {
    const grid = [
      ["Team", "Record", "Q1 Accurate", "Q2 Personalised"],
      ["Team A", "R-1", "Yes", "No"],
      ["Team B", "R-2", "No", "No"],
    ];
    expect(findHeaderRow(grid)).toBe(0);
  });

  it("returns the first filled row when nothing looks like a header", () => {
    expect(findHeaderRow([[], [1, 2, 3], [4, 5, 6]])).toBe(1);
  });

  it("returns null for an empty grid", () => {
    expect(findHeaderRow([])).toBeNull();
    expect(findHeaderRow([[null, ""], ["  "]])).toBeNull();
  });
});
