import { findSameShapeGrids } from "../../../src/core/audit";

describe("findSameShapeGrids", () => {
  it("matches its JSDoc example", () => {
    expect(
      findSameShapeGrids([
        { sheet: "Team A", values: [["Date", "Score"], [46027, 0.9]] },
        { sheet: "Team B", values: [["Date", "Score"], [46027, 0.8]] },
        { sheet: "Lookups", values: [["Answers"], ["Yes"], ["No"]] },
      ]).map((set) => set.sheets),
    ).toEqual([["Team A", "Team B"]]);
  });

  it("matches headers ignoring case and punctuation, and only among the positions given", () => {
    const grids = [
      { sheet: "Oak House", values: [["Audit date", "Score %"], [46027, 90]] },
      { sheet: "Elm Court", values: [["audit date", "score %"], [46027, 80]] },
      { sheet: "Ash Lodge", values: [["Audit date", "Score %"], [46027, 70]] },
    ];
    expect(findSameShapeGrids(grids)).toEqual([{ indexes: [0, 1, 2], sheets: ["Oak House", "Elm Court", "Ash Lodge"], role: "location", header: "Audit date | Score %" }]);
    expect(findSameShapeGrids(grids, [0, 2]).map((set) => set.sheets)).toEqual([["Oak House", "Ash Lodge"]]);
  });

  it("leaves the same sheet from several files to the provider roll-up", () => {
    expect(findSameShapeGrids([{ sheet: "Audits", values: [["Date", "Score"]] }, { sheet: "Audits", values: [["Date", "Score"]] }])).toEqual([]);
  });
});

describe("findSameShapeGrids: the grouping the sheet names stand for", () => {
  const roleOf = (sheets: string[]) => findSameShapeGrids(sheets.map((sheet) => ({ sheet, values: [["Date", "Score"], [46027, 0.9]] })))[0].role;

  it("reads locations from place words, and anything else as teams", () => {
    expect(roleOf(["Rose House", "Elm Court"])).toBe("location");
    expect(roleOf(["Team A", "Team B"])).toBe("team");
  });

  it("reads shifts and staff groups from their names", () => {
    expect(roleOf(["Day", "Night"])).toBe("shift");
    expect(roleOf(["Senior carers", "New starters"])).toBe("staffGroup");
  });
});
