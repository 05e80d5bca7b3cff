// Fault: in a provider roll-up (one workbook per home, the location from the file name) "Team B" of
// three homes was compared as one team of 72 records, hiding Oak Lodge's Team B (80%) inside 87%.
import { analyseWorkbook } from "../../src/app/analyseWorkbook";
import type { SheetGrid } from "../../src/app/ports";
import { proposeActions } from "../../src/core/actions";

// Monday 05/01/2026 is Excel serial 46027; as of 31/03/2026 (46112).
const firstMonday = 46027;
const asOf = 46112;

/** One row per team per week for 8 weeks, each a count of 10 items with `passed` met. */
function homeSheet(passedByTeam: Record<string, number>, extraColumn?: { header: string; value: string }): SheetGrid["values"] {
  const rows: SheetGrid["values"] = [["Week commencing", ...(extraColumn ? [extraColumn.header] : []), "Team", "Passed", "Checked"]];
  for (let week = 0; week < 8; week++) {
    for (const [team, passed] of Object.entries(passedByTeam)) rows.push([firstMonday + week * 7, ...(extraColumn ? [extraColumn.value] : []), team, passed, 10]);
  }
  return rows;
}
const sheet = (file: string | null, values: SheetGrid["values"]): SheetGrid => ({ sheet: "Care plan audit", table: null, firstRow: 1, firstColumn: 1, values, file });

describe("a provider roll-up of one workbook per home", () => {
  // Rose House: Team A 10/10, Team B 10/10; Oak Lodge: Team A 10/10, Team B 8/10 (80%).
  // Pooled, "Team B" would be (80 + 64) / 160 = 90%, meeting the 90% target and hiding Oak Lodge's 80%.
  const grids = [sheet("/audits/Rose House.xlsx", homeSheet({ "Team A": 10, "Team B": 10 })), sheet("/audits/Oak Lodge.xlsx", homeSheet({ "Team A": 10, "Team B": 8 }))];
  const [analysis] = analyseWorkbook(grids, { asOf, target: 90, period: "week" }).analyses;
  const teams = analysis.dimensions.find((d) => d.dimension === "team");

  it("compares each home's teams as teams of their own, named with their home", () => {
    expect(teams?.groups.map((g) => [g.name, g.records, Math.round(g.mean * 100)])).toEqual([
      ["Oak Lodge: Team B", 8, 80],
      ["Oak Lodge: Team A", 8, 100],
      ["Rose House: Team A", 8, 100],
      ["Rose House: Team B", 8, 100],
    ]);
    expect(teams?.groups[0].status).toBe("below-target");
  });

  it("says so in Rows read", () => {
    expect(analysis.sources[1].groupsFrom).toEqual([
      'the file name "Oak Lodge", as a location, each team named with it ("Oak Lodge: " before the team\'s name), since teams of different locations are different teams',
    ]);
  });

  it("proposes an action for Oak Lodge's Team B by that name", () => {
    const { actions } = proposeActions({ asOf, analyses: [analysis] }, { asOf });
    expect(actions.map((a) => a.group)).toContain("Oak Lodge: Team B");
    expect(actions.map((a) => a.group)).not.toContain("Team B");
  });
});

describe("one workbook with a location column and a team column", () => {
  it("keeps a team name as written: a provider-wide team is one team across locations", () => {
    // The same numbers in one file, the home in a column: "Team B" is read as one team (its rows
    // pooled: (80 + 64) / 160 = 90%), as the workbook names it.
    const values = [...homeSheet({ "Team A": 10, "Team B": 10 }, { header: "Location", value: "Rose House" }), ...homeSheet({ "Team A": 10, "Team B": 8 }, { header: "Location", value: "Oak Lodge" }).slice(1)];
    const [analysis] = analyseWorkbook([sheet(null, values)], { asOf, target: 90, period: "week" }).analyses;
    const teams = analysis.dimensions.find((d) => d.dimension === "team");
    expect(teams?.groups.map((g) => [g.name, g.records, Math.round(g.mean * 100)]).sort()).toEqual([
      ["Team A", 16, 100],
      ["Team B", 16, 90],
    ]);
  });
});
