// End to end through analyseWorkbook: a team named once over its block (merged or first row only) and
// a location written in several capitalisations are compared as the quality lead means them.
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

  it("compares one location however its name is capitalised", () => {
    const values: CellValue[][] = [["Date", "Location", "Score"]];
    // Rose House written three ways, 80% every week; Ivy Court 95% every week; 4 weeks each.
    const rose = ["Rose House", "ROSE HOUSE", "Rose House", "rose house"];
    for (let week = 0; week < 4; week++) values.push([monday(week), rose[week], 80], [monday(week), "Ivy Court", 95]);
    const result = analyseWorkbook([sheet("Location audit", values)], { asOf: review, target: 90 });
    const [analysis] = result.analyses;
    const locations = analysis.dimensions.find((dimension) => dimension.dimension === "location");
    expect(locations?.groups.map((group) => group.name).sort()).toEqual(["Ivy Court", "Rose House"]);
    const roseHouse = locations?.groups.find((group) => group.name === "Rose House");
    expect(roseHouse?.mean).toBeCloseTo(0.8, 10);
    // 4 weeks of January: one monthly point holding all 4 Rose House records, whatever their spelling.
    expect(roseHouse?.series.map((point) => [point.label, point.records])).toEqual([["Jan 2026", 4]]);
    expect(describeRowsAccounted(analysis.sources[0])[1]).toBe(
      'Groups from column B "Location", names differing only in capitals or spaces read as one location: Location "Rose House" also written "ROSE HOUSE" (1 row) and "rose house" (1 row).',
    );
  });
});
