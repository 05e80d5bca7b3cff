import { analyseWorkbook } from "../../src/app/analyseWorkbook";
import { looksLikeAuditData } from "../../src/core/audit";
import { buildAssuranceSummary } from "../../src/core/sheets/buildAssuranceSummary";
import type { AnalysisResult, WorkbookAnalysis } from "../../src/core/compare/types";
import {
  FALLS,
  GROUP_ABOVE_TABLE,
  GROUPS_AS_COLUMNS,
  ONE_SHEET_PER_TEAM,
  PARTIAL_ANSWERS,
  QUESTIONS,
  RECORDS_PER_TEAM,
  TOTALS_WORD_GROUPS,
  TOTALS_WORD_RECORDS,
  fallsGrids,
  fallsRate,
  groupAboveTableGrids,
  groupsAsColumnsGrids,
  nonAuditGrids,
  oneSheetPerTeamGrids,
  partialAnswerGrids,
  totalsWordGrids,
} from "../../scripts/fixtures/layoutFixtures";

// Every expected rate below is the fixture generator's parameter (see scripts/fixtures/layoutFixtures.ts):
// its answer pattern gives exactly `yes` Yes answers of n per question.
const settings = { asOf: 46120, target: 90 };

function groupsOf(analysis: AnalysisResult, dimension: string): Record<string, { status: string; mean: number; exactMean: number; records: number }> {
  const found = analysis.dimensions.find((d) => d.dimension === dimension);
  return Object.fromEntries((found?.groups ?? []).map((g) => [g.name, { status: g.status, mean: Math.round(g.mean * 10000) / 10000, exactMean: g.mean, records: g.records }]));
}

function expectEveryRowAccountedFor(result: WorkbookAnalysis): void {
  for (const source of result.analyses.flatMap((a) => a.sources)) {
    const leftOut = (source.rowsLeftOut ?? []).reduce((sum, row) => sum + row.count, 0);
    expect([source.sheet, source.rowsRead]).toEqual([source.sheet, source.rowsUsed + leftOut]);
    for (const row of source.rowsLeftOut ?? []) expect(row.reason).toMatch(/\w{4,}/);
  }
}

const round4 = (value: number): number => Math.round(value * 10000) / 10000;

describe("analyseWorkbook on the layouts quality leads keep", () => {
  describe("one sheet per team", () => {
    const grids = oneSheetPerTeamGrids();

    it("reads each sheet on its own unless asked, and never the lookup sheet", () => {
      const result = analyseWorkbook(grids, settings);
      expect(result.analyses.map((a) => a.title)).toEqual(["Team A", "Team B", "Team C"]);
    });

    it("reads the sheets as one audit with the sheet name as the team when asked", () => {
      const result = analyseWorkbook(grids, settings, { sheetsAsGroups: true });
      expect(result.analyses.map((a) => a.title)).toEqual(["Team A, Team B and Team C"]);
      const teams = groupsOf(result.analyses[0], "team");
      for (const [team, yes] of Object.entries(ONE_SHEET_PER_TEAM)) expect([team, teams[team].mean, teams[team].records]).toEqual([team, round4(yes / RECORDS_PER_TEAM), RECORDS_PER_TEAM]);
      // 26 of 36 = 72% over 144 items: wholly below the 90% target.
      expect(teams["Team B"].status).toBe("below-target");
      expect(teams["Team A"].status).not.toBe("below-target");
      expect(teams["Team C"].status).not.toBe("below-target");
      expect(result.analyses[0].sources.map((s) => s.groupsFrom?.[0])).toEqual(
        ["Team A", "Team B", "Team C"].map((sheet) => `the sheet name "${sheet}", as a team (3 sheets with the same columns)`),
      );
      expectEveryRowAccountedFor(result);
    });
  });

  it("reads the group named above each block of rows", () => {
    const result = analyseWorkbook(groupAboveTableGrids(), settings);
    const teams = groupsOf(result.analyses[0], "team");
    expect(Object.keys(teams).sort()).toEqual(Object.keys(GROUP_ABOVE_TABLE).sort());
    for (const [unit, yes] of Object.entries(GROUP_ABOVE_TABLE)) expect([unit, teams[unit].mean]).toEqual([unit, round4(yes / RECORDS_PER_TEAM)]);
    expect(teams["Elm Unit"].status).toBe("below-target");
    expect(teams["Oak Unit"].status).toBe("embedded");
    expect(result.analyses[0].sources[0].rowsLeftOut).toEqual([
      { reason: "blank row", count: 1 },
      { reason: "group heading row (names the group of the rows below)", count: 1 },
      { reason: "repeated header row", count: 1 },
    ]);
    expectEveryRowAccountedFor(result);
  });

  it("says in the Assurance Summary where every row went and where the groups came from", () => {
    const texts = buildAssuranceSummary(analyseWorkbook(groupAboveTableGrids(), settings), []).cells.flat().map((cell) => cell?.value);
    expect(texts.some((text) => typeof text === "string" && text.startsWith("• ") && text.endsWith(": 75 rows read: 72 used, 3 left out (1 blank row; 1 group heading row (names the group of the rows below); 1 repeated header row)."))).toBe(true);
    expect(texts).toContain('    Groups from the headings "Team: Oak Unit", "Team: Elm Unit" above the rows.');
  });

  it("describes groups side by side as groups when proposing the sheet", () => {
    expect(looksLikeAuditData(groupsAsColumnsGrids()[0].values).reason).toBe(
      'Header in row 1; 3 teams side by side ("Oak Unit", "Elm Unit", "Ash Unit"), one column each; grouped by team; no dates; 23 rows.',
    );
  });

  it("reads groups side by side as groups, not as questions", () => {
    const result = analyseWorkbook(groupsAsColumnsGrids(), settings);
    expect(result.analyses[0].sources[0].layout).toBe("groups-as-columns");
    const teams = groupsOf(result.analyses[0], "team");
    for (const [unit, yes] of Object.entries(GROUPS_AS_COLUMNS)) expect([unit, teams[unit].mean, teams[unit].records]).toEqual([unit, round4(yes / QUESTIONS), QUESTIONS]);
    // 13 of 22 (59%): the 95% interval is wholly below 90% even on one round's evidence.
    expect(teams["Elm Unit"].status).toBe("below-target");
    expectEveryRowAccountedFor(result);
  });

  describe("partial answers", () => {
    it("keeps every record and counts partial answers as not met by default", () => {
      const result = analyseWorkbook(partialAnswerGrids(), settings);
      const source = result.analyses[0].sources[0];
      const partials = Object.values(PARTIAL_ANSWERS).reduce((sum, team) => sum + team.partial * 4, 0);
      expect([source.rowsUsed, source.partialAnswers, source.partialRule]).toEqual([3 * RECORDS_PER_TEAM, partials, "not-met"]);
      const teams = groupsOf(result.analyses[0], "team");
      for (const [team, { yes }] of Object.entries(PARTIAL_ANSWERS)) expect([team, teams[team].mean]).toEqual([team, round4(yes / RECORDS_PER_TEAM)]);
      expect(teams["Team B"].status).toBe("below-target");
      expectEveryRowAccountedFor(result);
    });

    it("leaves partial answers out like N/A, or counts them as half, when asked", () => {
      const leftOut = groupsOf(analyseWorkbook(partialAnswerGrids(), settings, { partialAnswers: "left-out" }).analyses[0], "team");
      const half = groupsOf(analyseWorkbook(partialAnswerGrids(), settings, { partialAnswers: "half" }).analyses[0], "team");
      for (const [team, { yes, partial }] of Object.entries(PARTIAL_ANSWERS)) {
        expect([team, leftOut[team].mean]).toEqual([team, round4(yes / (RECORDS_PER_TEAM - partial))]);
        // Under "half" each record is scored (Yes + half the partial answers) / 4 and records are averaged;
        // every item has the same totals, so the mean is (yes + partial / 2) / 36.
        expect([team, half[team].mean]).toEqual([team, round4((yes + partial / 2) / RECORDS_PER_TEAM)]);
      }
    });
  });

  it("analyses the falls rate, not the beds, and says why", () => {
    const result = analyseWorkbook(fallsGrids(), { ...settings, target: 7, direction: "down" });
    const source = result.analyses[0].sources[0];
    expect(source.columns?.score).toBe("Falls per 1,000 occupied bed days");
    const units = groupsOf(result.analyses[0], "team");
    for (const [unit, { beds, falls }] of Object.entries(FALLS)) {
      const mean = (fallsRate(falls[0], beds) + fallsRate(falls[1], beds)) / 2 / 100;
      expect(units[unit].exactMean).toBeCloseTo(mean, 9);
    }
    // Birch Unit: 12.5 and 13.89 falls per 1,000 bed days against 7, lower being better.
    expect(units["Birch Unit"].status).toBe("below-target");
    expect(units["Cedar Unit"].status).not.toBe("below-target");
  });

  it("keeps a group whose name starts with a totals word, and leaves out only whole totals rows", () => {
    const result = analyseWorkbook(totalsWordGrids(), settings);
    const teams = groupsOf(result.analyses[0], "team");
    for (const [team, score] of Object.entries(TOTALS_WORD_GROUPS)) expect([team, teams[team].records, teams[team].mean]).toEqual([team, TOTALS_WORD_RECORDS, score / 100]);
    expect(teams["+SUM(9,9) Gamma"].status).toBe("below-target");
    const source = result.analyses[0].sources[0];
    expect([source.rowsRead, source.rowsUsed, source.rowsLeftOut]).toEqual([4 * TOTALS_WORD_RECORDS + 2, 4 * TOTALS_WORD_RECORDS, [{ reason: "totals or average row", count: 2 }]]);
  });

  it("analyses the audits beside a lookup, a rota, a training matrix, a meeting log and a read-me, and only the audits", () => {
    const result = analyseWorkbook([...nonAuditGrids(), ...totalsWordGrids()], settings);
    expect(result.analyses.map((a) => a.title)).toEqual(["Weekly scores"]);
  });
});
