import path from "node:path";
import { main } from "../../src/cli/main";
import type { WorkbookAnalysis } from "../../src/core/compare/types";
import { ONE_SHEET_PER_TEAM, PARTIAL_ANSWERS, RECORDS_PER_TEAM, fallsGrids, groupAboveTableGrids, oneSheetPerTeamGrids, partialAnswerGrids, writeFixtureWorkbook } from "../../scripts/fixtures/layoutFixtures";
import { useTempDir } from "../xlsx/fixtures/tempDir";
import { fakeIo } from "./fakeIo";

// Expected figures come from the fixture generator's parameters (scripts/fixtures/layoutFixtures.ts).
describe("main on the layouts quality leads keep", () => {
  const dir = useTempDir();

  it("offers to read sheets of one shape as one audit, and does so with --sheets-as-groups", async () => {
    const file = path.join(dir(), "one-sheet-per-team.xlsx");
    await writeFixtureWorkbook(file, oneSheetPerTeamGrids());
    const offered = fakeIo();
    expect(await main(["analyse", file, "--as-of", "08/04/2026", "--out", path.join(dir(), "a.xlsx")], offered)).toBe(0);
    expect(offered.err()).toContain('Sheets "Team A", "Team B", "Team C" have the same columns: add --sheets-as-groups to compare them as one audit, the sheet name as the team.');

    const io = fakeIo();
    expect(await main(["analyse", file, "--as-of", "08/04/2026", "--sheets-as-groups", "--json", "--out", path.join(dir(), "b.xlsx")], io)).toBe(0);
    const analysis = JSON.parse(io.out()) as WorkbookAnalysis;
    expect(analysis.analyses.map((a) => a.title)).toEqual(["Team A, Team B and Team C"]);
    const teams = analysis.analyses[0].dimensions.find((d) => d.dimension === "team")?.groups ?? [];
    expect(Object.fromEntries(teams.map((g) => [g.name, Math.round(g.mean * 10000) / 10000]))).toEqual(
      Object.fromEntries(Object.entries(ONE_SHEET_PER_TEAM).map(([team, yes]) => [team, Math.round((yes / RECORDS_PER_TEAM) * 10000) / 10000])),
    );
    for (const source of analysis.analyses[0].sources) expect([source.rowsRead, source.rowsUsed, source.rowsLeftOut]).toEqual([RECORDS_PER_TEAM, RECORDS_PER_TEAM, []]);
  });

  it("prints where every row went, where the groups came from and how partial answers counted", async () => {
    const file = path.join(dir(), "blocks.xlsx");
    await writeFixtureWorkbook(file, [...groupAboveTableGrids(), ...partialAnswerGrids()]);
    const io = fakeIo();
    expect(await main(["analyse", file, "--as-of", "08/04/2026", "--partial", "left-out", "--out", path.join(dir(), "c.xlsx")], io)).toBe(0);
    const partials = Object.values(PARTIAL_ANSWERS).reduce((sum, team) => sum + team.partial * 4, 0);
    expect(io.out()).toContain('sheet "Care records": 75 rows read: 72 used, 3 left out (1 blank row; 1 group heading row (names the group of the rows below); 1 repeated header row).');
    expect(io.out()).toContain('  Groups from the headings "Team: Oak Unit", "Team: Elm Unit" above the rows.');
    expect(io.out()).toContain(`sheet "Care plan audit": 108 rows read: 108 used, 0 left out.`);
    expect(io.out()).toContain(`  ${partials} partial answers ("Partial", "Partly", "Some" ...) left out, like N/A.`);
  });

  it("analyses the rate over its denominators, and the column the user names with --measure", async () => {
    const file = path.join(dir(), "falls.xlsx");
    await writeFixtureWorkbook(file, fallsGrids());
    const proposed = fakeIo();
    expect(await main(["analyse", file, "--as-of", "08/04/2026", "--direction", "down", "--target", "7", "--json", "--out", path.join(dir(), "d.xlsx")], proposed)).toBe(0);
    expect((JSON.parse(proposed.out()) as WorkbookAnalysis).analyses[0].sources[0].columns?.score).toBe("Falls per 1,000 occupied bed days");
    const chosen = fakeIo();
    expect(await main(["analyse", file, "--as-of", "08/04/2026", "--measure", "falls", "--json", "--out", path.join(dir(), "e.xlsx")], chosen)).toBe(0);
    expect((JSON.parse(chosen.out()) as WorkbookAnalysis).analyses[0].sources[0].columns?.score).toBe("Falls");
    const unknown = fakeIo();
    expect(await main(["analyse", file, "--as-of", "08/04/2026", "--measure", "Pressure ulcers", "--out", path.join(dir(), "f.xlsx")], unknown)).toBe(2);
    expect(unknown.err()).toContain('--measure names "Pressure ulcers": no sheet has a column with that header. Nothing was written.');
  });

  it("says which sheet has the column --measure names when that sheet could not be read, never that no sheet has it", async () => {
    // A count of falls per home and week, with nothing to compare it against: not audit results.
    const file = path.join(dir(), "falls-count.xlsx");
    const values = [["Week", "Home", "Number of falls"], ...Array.from({ length: 8 }, (_, week) => [46027 + 7 * week, week % 2 ? "Oak Lodge" : "Rose House", week % 3])];
    await writeFixtureWorkbook(file, [{ sheet: "Falls", table: null, firstRow: 1, firstColumn: 1, values, file: null }]);
    const io = fakeIo();
    expect(await main(["analyse", file, "--as-of", "08/04/2026", "--measure", "number of falls", "--direction", "down", "--out", path.join(dir(), "g.xlsx")], io)).toBe(2);
    expect(io.err()).toMatch(/--measure names "number of falls": falls-count\.xlsx, sheet "Falls" has that column, but the sheet was not read as audit results \(.+\)\. Nothing was written\./);
  });

  it("warns when a measure named as a harm is compared with higher as better, and not when the direction is given", async () => {
    const file = path.join(dir(), "errors.xlsx");
    // Weekly medication error rates (%) for two homes: fewer is better.
    const values = [["Week", "Home", "Error rate %"], ...Array.from({ length: 16 }, (_, i) => [46027 + 7 * Math.floor(i / 2), i % 2 ? "Oak Lodge" : "Rose House", i % 2 ? 2 : 1])];
    await writeFixtureWorkbook(file, [{ sheet: "Medication errors", table: null, firstRow: 1, firstColumn: 1, values, file: null }]);
    const warning = '"Error rate %" reads as something where fewer is better, but higher was taken as better: add --direction down if fewer is better.';
    const up = fakeIo();
    expect(await main(["analyse", file, "--as-of", "08/04/2026", "--target", "1%", "--out", path.join(dir(), "h.xlsx")], up)).toBe(0);
    expect(up.err()).toContain(warning);
    const down = fakeIo();
    expect(await main(["analyse", file, "--as-of", "08/04/2026", "--target", "1%", "--direction", "down", "--out", path.join(dir(), "i.xlsx")], down)).toBe(0);
    expect(down.err()).not.toContain("fewer is better");
  });

  it("refuses a partial-answer rule it does not know", async () => {
    const io = fakeIo();
    expect(await main(["analyse", "a.xlsx", "--partial", "quarter"], io)).toBe(2);
    expect(io.err()).toContain('--partial takes not-met, half, left-out, not "quarter".');
  });
});
