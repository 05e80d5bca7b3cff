// End to end through analyseWorkbook: a team named once over its block (merged or first row only) is
// compared by every row of its block, as the quality lead means it.
import { analyseWorkbook } from "../../src/app/analyseWorkbook";
import type { SheetGrid } from "../../src/app/ports";
import { describeRowsAccounted } from "../../src/core/audit";
import type { CellValue } from "../../src/core/values";

// 31/03/2026 is Excel serial 46112; the audits are on Mondays from 05/01/2026 (serial 46027).
const review = 46112;
const monday = (week: number): number => 46027 + 7 * week;

function sheet(name: string, values: CellValue[][]): SheetGrid {
  return { sheet: name, table: null, firstRow: 1, firstColumn: 1, values, file: null };
}

describe("group names read as the quality lead means them", () => {
  it("compares teams named only on the first row of each block by every row of the block", () => {
    const values: CellValue[][] = [["Team", "Date", "Body map completed", "Referral made"]];
    // 6 rows per team, one a week; Oak answers Yes to both every week (12 of 12, 100%); Elm answers
    // Yes then No every week (6 of 12, 50%). The name is written on each block's first row only.
    for (const [team, second] of [["Oak Unit", "Yes"], ["Elm Unit", "No"]]) {
      for (let week = 0; week < 6; week++) values.push([week === 0 ? team : null, monday(week), "Yes", second]);
    }
    const result = analyseWorkbook([sheet("Safeguarding checks", values)], { asOf: review, target: 90 });
    const [analysis] = result.analyses;
    const teams = analysis.dimensions.find((dimension) => dimension.dimension === "team");
    expect(teams?.groups.map((group) => [group.name, group.mean])).toEqual(expect.arrayContaining([["Oak Unit", 1], ["Elm Unit", 0.5]]));
    expect(teams?.groups).toHaveLength(2);
    // 12 rows, 10 of them with the team filled down (5 per block).
    expect(describeRowsAccounted(analysis.sources[0])).toEqual([
      "12 rows read: 12 used, 0 left out.",
      'Groups from column A "Team", with the team of 10 rows filled down from the row above (merged or blank cells under a team name read as "same as above", up to the next team name, blank row, totals row or heading).',
    ]);
  });
});
