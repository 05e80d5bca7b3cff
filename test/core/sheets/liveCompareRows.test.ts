import { analyseWorkbook } from "../../../src/app/analyseWorkbook";
import type { SheetGrid } from "../../../src/app/ports";
import { buildTeamComparisonTracker, LIVE_COMPARE_SPARE_GROUPS, liveCompareRows } from "../../../src/core/sheets";
import type { SheetModel } from "../../../src/core/sheets/sheetModel";

/** CQC.COMPARE's header has seven columns: Group ... Status (src/functions/functions.ts, compare). */
const compareColumns = 7;

// Monday 05/01/2026 is Excel serial 46027; three teams on two shifts, scored weekly for eight weeks.
function auditTable(): SheetGrid {
  const values: SheetGrid["values"] = [["Date", "Team", "Shift", "Score"]];
  for (let week = 0; week < 8; week++) {
    for (const [team, shift, score] of [["Team A", "Day", 95], ["Team B", "Night", 80], ["Team C", "Day", 90]] as const) values.push([46027 + week * 7, team, shift, score]);
  }
  return { sheet: "Audits", table: "Audits", firstRow: 1, firstColumn: 1, values, file: null };
}

function formulaCells(model: SheetModel): { row: number; column: number }[] {
  return model.cells.flatMap((row, rowIndex) =>
    row.flatMap((cell, columnIndex) => (cell && typeof cell.value === "object" && cell.value !== null && "formula" in cell.value ? [{ row: rowIndex + 1, column: columnIndex + 1 }] : [])),
  );
}

/**
 * Whether a spill of `groups` groups from the formula at (row, column) lands only on empty cells, and
 * leaves the blank row that separates it from the next block.
 */
function spillFits(model: SheetModel, anchor: { row: number; column: number }, groups: number): boolean {
  const rows = 1 + groups + 1 + 1;
  for (let row = anchor.row; row < anchor.row + rows; row++) {
    for (let column = anchor.column; column < anchor.column + compareColumns; column++) {
      if (row === anchor.row && column === anchor.column) continue;
      if ((model.cells[row - 1]?.[column - 1] ?? null) !== null) return false;
    }
  }
  return true;
}

describe("liveCompareRows", () => {
  it("keeps a header row, today's groups, the service row and the spare groups", () => {
    expect(liveCompareRows(2)).toBe(2 + 2 + LIVE_COMPARE_SPARE_GROUPS);
  });

  it("lets each live CQC.COMPARE gain groups up to the spare capacity, and no further, before it meets the next block", () => {
    const analysis = analyseWorkbook([auditTable()], { asOf: 46084, target: 90 });
    const model = buildTeamComparisonTracker(analysis, "Team Comparison Tracker", { liveFormulas: true });
    const [first] = formulaCells(model);
    const [result] = analysis.analyses;
    const today = result.dimensions.find((dimension) => dimension.groups.length > 0)!.groups.length;
    expect(formulaCells(model).length).toBeGreaterThanOrEqual(2);
    // Add groups one at a time until the spill no longer fits.
    let added = 0;
    while (spillFits(model, first, today + added + 1)) added += 1;
    expect(added).toBe(LIVE_COMPARE_SPARE_GROUPS);
  });
});
