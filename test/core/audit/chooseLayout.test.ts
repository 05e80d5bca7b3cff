import { chooseLayout, type ColumnMapping, type ColumnRole } from "../../../src/core/audit";

function mappingOf(...columns: [string, ColumnRole][]): ColumnMapping {
  return columns.map(([header, role], index) => ({ index, header, role, confidence: 1, reason: "" }));
}

describe("chooseLayout", () => {
  it("matches its JSDoc example", () => {
    expect(chooseLayout(mappingOf(["Team", "team"], ["Wk 1", "period"], ["Wk 2", "period"]))).toBe("wide");
  });

  it("reads item columns as a per-record layout, even beside a score", () => {
    expect(chooseLayout(mappingOf(["Team", "team"], ["Q1", "item"], ["Q2", "item"], ["Score", "score"]))).toBe("per-record-items");
  });

  it("prefers a score over a single Yes/No column", () => {
    expect(chooseLayout(mappingOf(["Team", "team"], ["Signed?", "item"], ["Score", "score"]))).toBe("per-audit");
    expect(chooseLayout(mappingOf(["Team", "team"], ["Result", "item"]))).toBe("per-record-items");
  });

  it("reads a Passed/Checked pair as per-audit", () => {
    expect(chooseLayout(mappingOf(["Team", "team"], ["Passed", "passed"], ["Checked", "checked"]))).toBe("per-audit");
  });

  it("reads a single week column as wide only when nothing else is measured", () => {
    expect(chooseLayout(mappingOf(["Team", "team"], ["w/c 05/01/2026", "period"]))).toBe("wide");
    expect(chooseLayout(mappingOf(["Month", "period"], ["Score", "score"]))).toBe("per-audit");
  });

  it("falls back to per-audit with nothing to read", () => {
    expect(chooseLayout([])).toBe("per-audit");
  });
});
