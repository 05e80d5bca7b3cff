import { findGroupColumns, proposeColumnRoles } from "../../../src/core/audit";
import type { CellValue } from "../../../src/core/values";

function groupColumnsOf(grid: CellValue[][]) {
  return findGroupColumns(grid, 0, proposeColumnRoles(grid, 0));
}

describe("findGroupColumns", () => {
  it("matches its JSDoc example", () => {
    expect(findGroupColumns([["Question", "Oak Unit", "Elm Unit"], ["Care plan signed", "Yes", "No"]], 0, [])).toBeNull();
    expect(groupColumnsOf([["Question", "Oak Unit", "Elm Unit"], ["Care plan signed", "Yes", "No"], ["Risk updated", "No", "Yes"]])?.columns).toEqual([
      { index: 1, name: "Oak Unit" },
      { index: 2, name: "Elm Unit" },
    ]);
  });

  it("finds locations side by side holding scores", () => {
    const grid: CellValue[][] = [["Month", "Rose House", "Elm Court"], ["Jan-26", 0.9, 0.8], ["Feb-26", 0.92, 0.81]];
    expect(groupColumnsOf(grid)).toMatchObject({ role: "location", holds: "scores" });
  });

  it("leaves an item audit whose questions mention a team alone", () => {
    const grid: CellValue[][] = [
      ["Team", "Home visit done", "Team briefed", "Care plan aligned"],
      ["Team A", "Yes", "No", "Yes"],
      ["Team B", "No", "Yes", "Yes"],
    ];
    expect(groupColumnsOf(grid)).toBeNull();
  });

  it("needs two group columns of one kind", () => {
    expect(groupColumnsOf([["Question", "Oak Unit"], ["Q1", "Yes"], ["Q2", "No"]])).toBeNull();
  });
});
