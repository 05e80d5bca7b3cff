import { CellGrid, mdcStyle, periodColumns, rangeAddress, statusRules, targetRules } from "../../../src/core/sheets";

describe("rangeAddress", () => {
  it("matches its JSDoc example", () => {
    expect(rangeAddress({ top: 3, left: 2, bottom: 7, right: 4 })).toBe("B3:D7");
    expect(rangeAddress({ top: 3, left: 28, bottom: 3, right: 28 })).toBe("AB3");
  });
});

describe("CellGrid", () => {
  it("matches its JSDoc example", () => {
    const grid = new CellGrid();
    grid.set(2, 3, "Team B");
    expect(grid.toCells()[1][2]?.value).toBe("Team B");
    expect(grid.toCells()[0]).toEqual([]);
    expect(grid.rowCount).toBe(2);
  });
});

describe("periodColumns", () => {
  it("matches its JSDoc example", () => {
    const groups = [{ series: [{ start: 46090, label: "w/c 09/03/2026", records: 1, value: 1 }] }, { series: [{ start: 46083, label: "w/c 02/03/2026", records: 1, value: 1 }] }];
    expect(periodColumns(groups).map((p) => p.label)).toEqual(["w/c 02/03/2026", "w/c 09/03/2026"]);
  });

  it("heads a partial period as such", () => {
    const groups = [{ series: [{ start: 46082, label: "Mar 2026", records: 2, value: 0.95, partial: true }] }];
    expect(periodColumns(groups).map((p) => p.label)).toEqual(["Mar 2026 (partial)"]);
  });
});

describe("targetRules", () => {
  it("matches its JSDoc example", () => {
    expect(targetRules(0.9, "up")[0]).toEqual({ kind: "cell-is", operator: "lessThan", formulae: ["0.9"], style: { fill: "FFC7CE", fontColour: "9C0006" } });
  });
});

describe("statusRules", () => {
  it("matches its JSDoc example", () => {
    expect(statusRules()).toHaveLength(6);
    expect(statusRules()[3]).toMatchObject({ operator: "equal", formulae: ['"Below target"'] });
  });
});

describe("mdcStyle", () => {
  it("matches its JSDoc example", () => {
    expect(mdcStyle("Improvement (High)").fill).toBe("289DE0");
    expect(mdcStyle("Hit or Miss").fill).toBe("D9D9D9");
  });

  it("colours concern and fail orange, and leaves unknown labels plain", () => {
    expect([mdcStyle("Concern (Low)").fill, mdcStyle("Fail").fill, mdcStyle(null).fill, mdcStyle("Other").fill]).toEqual(["FAB428", "FAB428", undefined, undefined]);
  });
});
