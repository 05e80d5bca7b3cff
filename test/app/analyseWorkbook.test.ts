import { analyseWorkbook, SettingsError } from "../../src/app/analyseWorkbook";
import type { SheetGrid } from "../../src/app/ports";

// Monday 05/01/2026 is Excel serial 46027.
const firstMonday = 46027;
const asOf = 46112; // 31/03/2026

/** A per-audit score sheet: one row per team per week, scores in the given units. */
function scoreSheet(units: "percent" | "proportion" | "percent-text"): SheetGrid {
  const teams: Record<string, number[]> = {
    "Team A": [0.92, 0.94, 0.95, 0.96, 0.95, 0.97, 0.96, 0.98],
    "Team B": [0.76, 0.78, 0.77, 0.79, 0.78, 0.8, 0.77, 0.79],
    "Team C": [0.95, 0.96, 0.94, 0.97, 0.96, 0.95, 0.97, 0.96],
    "Team D": [0.96, 0.95, 0.97, 0.96, 0.94, 0.97, 0.96, 0.97],
  };
  const rows: SheetGrid["values"] = [["Weekly record audit scores"], [], ["Week commencing", "Team", "Score"]];
  for (let week = 0; week < 8; week++) {
    for (const [team, scores] of Object.entries(teams)) {
      const score = scores[week];
      rows.push([firstMonday + week * 7, team, units === "proportion" ? score : units === "percent" ? Math.round(score * 100) : `${Math.round(score * 100)}%`]);
    }
  }
  rows.push(["Average", "", 0.9]);
  return { sheet: "Record audits", table: null, firstRow: 1, firstColumn: 1, values: rows, file: null };
}

describe("analyseWorkbook", () => {
  it("gives the same statuses whether scores are percentages, proportions or percent text", () => {
    const statuses = (units: "percent" | "proportion" | "percent-text") =>
      analyseWorkbook([scoreSheet(units)], { asOf, period: "week" }).analyses[0].dimensions[0].groups.map((g) => [g.name, g.status, Math.round(g.mean * 100)]);
    const proportions = statuses("proportion");
    expect(proportions).toEqual([
      ["Team B", "below-target", 78],
      ["Team A", "embedded", 95],
      ["Team C", "embedded", 96],
      ["Team D", "embedded", 96],
    ]);
    expect(statuses("percent")).toEqual(proportions);
    expect(statuses("percent-text")).toEqual(proportions);
  });

  it("reads the header below the title rows, skips the average row and says the service average hides Team B", () => {
    const [analysis] = analyseWorkbook([scoreSheet("percent")], { asOf }).analyses;
    expect(analysis.sources[0]).toMatchObject({ sheet: "Record audits", headerRow: 3, rowsRead: 33, rowsUsed: 32, problems: [] });
    expect(analysis.service.hiddenByAverage).toBe(true);
    expect(analysis.service.headline).toBe("Service average 91% hides Team B at 78%.");
  });

  it("names the sheet, row and column of a cell it cannot read, and carries on", () => {
    const grid = scoreSheet("percent");
    grid.values[5][2] = 120;
    grid.values[7][2] = { error: "#DIV/0!" };
    const [analysis] = analyseWorkbook([grid], { asOf }).analyses;
    expect(analysis.sources[0].problems.map((p) => [p.sheet, p.row, p.columnLetter])).toEqual([
      ["Record audits", 6, "C"],
      ["Record audits", 8, "C"],
    ]);
    expect(analysis.sources[0].rowsUsed).toBe(30);
    expect(analysis.dimensions[0].groups).toHaveLength(4);
  });

  it("rolls several workbooks up by location, taking the location from the file name", () => {
    const maple = { ...scoreSheet("percent"), file: "/audits/Maple House.xlsx" };
    const birch = { ...scoreSheet("proportion"), file: "/audits/Birch Court.xlsx" };
    const [analysis] = analyseWorkbook([maple, birch], { asOf }).analyses;
    expect(analysis.sources.map((s) => s.file)).toEqual(["/audits/Maple House.xlsx", "/audits/Birch Court.xlsx"]);
    expect(analysis.dimensions.map((d) => d.dimension)).toEqual(["location", "team"]);
    expect(analysis.dimensions[0].groups.map((g) => g.name).sort()).toEqual(["Birch Court", "Maple House"]);
  });

  it("titles a table that fills its sheet by the sheet, so the sheet and the table are one audit to the Action Tracker", () => {
    // The task pane prefers the Excel table; the command line reads the sheet. The action keys are built
    // from the title (actionKey in src/core/actions/proposeActions.ts), so the two must agree.
    const sheet = scoreSheet("percent");
    const table = { ...sheet, table: "RecordAudits", firstRow: 3, values: sheet.values.slice(2) };
    const fromSheet = analyseWorkbook([sheet], { asOf }).analyses[0];
    const fromTable = analyseWorkbook([table], { asOf }).analyses[0];
    expect([fromSheet.title, fromTable.title]).toEqual(["Record audits", "Record audits"]);
    expect(fromTable.sources[0].table).toBe("RecordAudits");
    expect(fromTable.dimensions[0].groups.map((g) => [g.name, g.status])).toEqual(fromSheet.dimensions[0].groups.map((g) => [g.name, g.status]));
  });

  it("keeps two tables on one sheet, or a table and its sheet both chosen, apart under their own names", () => {
    const sheet = scoreSheet("percent");
    const first = { ...sheet, table: "DayAudits", values: sheet.values.slice(0, 20) };
    const second = { ...sheet, table: "NightAudits", firstRow: 21, values: [sheet.values[2], ...sheet.values.slice(20)] };
    expect(analyseWorkbook([first, second], { asOf }).analyses.map((a) => a.title)).toEqual(["DayAudits", "NightAudits"]);
    expect(analyseWorkbook([{ ...sheet, table: "RecordAudits" }, sheet], { asOf }).analyses.map((a) => a.title)).toEqual(["RecordAudits", "Record audits"]);
  });

  it("refuses settings it cannot use, naming each problem", () => {
    expect(() => analyseWorkbook([scoreSheet("percent")], { asOf, target: 150 })).toThrow(SettingsError);
    expect(() => analyseWorkbook([scoreSheet("percent")], { asOf, target: 150 })).toThrow("target: must be between 0 and 100");
  });
});
