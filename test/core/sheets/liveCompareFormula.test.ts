import { analyseWorkbook } from "../../../src/app/analyseWorkbook";
import type { SheetGrid } from "../../../src/app/ports";
import { buildTeamComparisonTracker, liveCompareFormula } from "../../../src/core/sheets";

// Monday 05/01/2026 is Excel serial 46027; two shifts scored weekly for eight weeks.
function scoresTable(table: string | null): SheetGrid {
  const values: SheetGrid["values"] = [["Date", "Shift", "Score [%]"]];
  for (let week = 0; week < 8; week++) for (const [shift, score] of [["Day", 95], ["Night", 80]] as const) values.push([46027 + week * 7, shift, score]);
  return { sheet: "Safeguarding checks", table, firstRow: 1, firstColumn: 1, values, file: null };
}

describe("liveCompareFormula", () => {
  it("refers to the source table's own columns, escaping brackets in a header", () => {
    const [result] = analyseWorkbook([scoresTable("SafeguardingChecks")], { asOf: 46112, target: 95 }).analyses;
    expect(liveCompareFormula(result, "shift")).toBe(`=CQC.COMPARE(SafeguardingChecks[Score '[%']],SafeguardingChecks[Shift],0.95,"up")`);
  });

  it("gives nothing for a source that is not an Excel table", () => {
    const [result] = analyseWorkbook([scoresTable(null)], { asOf: 46112 }).analyses;
    expect(liveCompareFormula(result, "shift")).toBeNull();
  });
});

describe("buildTeamComparisonTracker with live formulas", () => {
  const analysis = analyseWorkbook([scoresTable("SafeguardingChecks")], { asOf: 46112, target: 95 });
  const formulas = (liveFormulas: boolean) =>
    buildTeamComparisonTracker(analysis, "Team Comparison Tracker", { liveFormulas })
      .cells.flat()
      .flatMap((cell) => (cell && typeof cell.value === "object" && cell.value !== null && "formula" in cell.value ? [cell.value.formula] : []));

  it("adds a live CQC.COMPARE per dimension inside Excel", () => {
    expect(formulas(true)).toEqual([`=CQC.COMPARE(SafeguardingChecks[Score '[%']],SafeguardingChecks[Shift],0.95,"up")`]);
  });

  it("adds none in a file written outside Excel, where CQC formulas would show #NAME?", () => {
    expect(formulas(false)).toEqual([]);
  });
});
