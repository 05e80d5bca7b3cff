import { analyseWorkbook } from "../../src/app/analyseWorkbook";
import type { SheetGrid } from "../../src/app/ports";
import { readAuditGrid } from "../../src/core/audit";
import { readQuestionAnswers } from "../../src/core/audit/readQuestionAnswers";
import { addQuestionAnswers } from "../../src/core/compare/addQuestionAnswers";
import type { CompareRecord } from "../../src/core/compare";

// Monday 05/01/2026 is Excel serial 46027.
const firstMonday = 46027;
const asOf = firstMonday + 7 * 8;

/**
 * A care record audit, one row per record: two records a week per team for 8 weeks, four Yes/No
 * questions. Everything is "Yes" except "Risk updated": Team B answers it "No" every time, Team A
 * and Team C "Yes" every time, so Team B's whole shortfall is that one question.
 */
function itemSheet(): SheetGrid {
  const rows: SheetGrid["values"] = [["Date", "Team", "Accurate", "Personalised", "Risk updated", "Signed"]];
  for (let week = 0; week < 8; week++) {
    for (const team of ["Team A", "Team B", "Team C"]) {
      for (let record = 0; record < 2; record++) rows.push([firstMonday + week * 7 + record, team, "Yes", "Y", team === "Team B" ? "No" : "Yes", record === 0 ? "Yes" : "N/A"]);
    }
  }
  return { sheet: "Care record audits", table: null, firstRow: 3, firstColumn: 1, values: rows, file: null };
}

describe("readQuestionAnswers", () => {
  it("reads each record's Yes, No and N/A answers by its row", () => {
    const grid = itemSheet();
    const result = readAuditGrid(grid.values, { sheet: grid.sheet, firstRow: grid.firstRow });
    const read = readQuestionAnswers(grid.values, grid.firstRow, result);
    expect(read?.measure).toBe("pass-rate");
    expect(read?.questions).toEqual(["Accurate", "Personalised", "Risk updated", "Signed"]);
    // Rows 4 and 5: Team A's two records of week 1 ("N/A" is left out: NaN).
    expect(read?.answers.slice(0, 2)).toEqual([
      [1, 1, 1, 1],
      [1, 1, 1, Number.NaN],
    ]);
    // Row 6: Team B's first record.
    expect(read?.answers[2]).toEqual([1, 1, 0, 1]);
  });

  it("reads several score columns as sub-scores in the sheet's units", () => {
    const values: SheetGrid["values"] = [["Date", "Team", "Accuracy score", "Risk score"]];
    for (let week = 0; week < 4; week++) values.push([firstMonday + week * 7, "Team A", 90, 60]);
    // The user marks both score columns as scores (the proposal takes the first as the score).
    const mapping = ["date", "team", "score", "score"].map((role, index) => ({ index, header: String(values[0][index]), role: role as "score", confidence: 1, reason: "Chosen by the user." }));
    const result = readAuditGrid(values, { sheet: "Scores", firstRow: 1, mapping });
    const read = readQuestionAnswers(values, 1, result);
    expect(result.layout).toBe("per-audit");
    expect(read?.measure).toBe("score");
    expect(read?.answers[0]).toEqual([0.9, 0.6]);
  });

  it("gives nothing for a grid with one score column", () => {
    const values: SheetGrid["values"] = [["Date", "Team", "Score"], [firstMonday, "Team A", 0.9]];
    expect(readQuestionAnswers(values, 1, readAuditGrid(values, { sheet: "Scores", firstRow: 1 }))).toBeNull();
  });
});

describe("addQuestionAnswers", () => {
  const record = (): CompareRecord => ({ date: firstMonday, periodIndex: null, periodLabel: null, groups: {}, passed: 1, checked: 2, score: null });

  it("aligns the questions of several grids by header", () => {
    const set: Parameters<typeof addQuestionAnswers>[0] = {};
    const first = [record()];
    const second = [record()];
    addQuestionAnswers(set, first, { measure: "pass-rate", questions: ["Accurate", "Risk updated"], answers: [[1, 0]] });
    addQuestionAnswers(set, second, { measure: "pass-rate", questions: ["risk updated", "Signed"], answers: [[1, 1]] });
    expect(set.questions).toEqual({ names: ["Accurate", "Risk updated", "Signed"], measure: "pass-rate" });
    expect(second[0].answers).toEqual([Number.NaN, 1, 1]);
  });

  it("drops the question comparison when a grid has no questions", () => {
    const set: Parameters<typeof addQuestionAnswers>[0] = {};
    addQuestionAnswers(set, [record()], { measure: "pass-rate", questions: ["A", "B"], answers: [[1, 0]] });
    addQuestionAnswers(set, [record()], null);
    expect(set.questions).toBeNull();
  });
});

describe("analyseWorkbook", () => {
  it("names the one question behind a team's shortfall in the JSON result, for that team only", () => {
    const [analysis] = analyseWorkbook([itemSheet()], { asOf, period: "week", target: 90 }).analyses;
    const [team] = analysis.questions ?? [];
    // Team B: 3 Yes in each record with "Signed" answered, 2 in the other: (3 + 2) x 16 / 2 = 40 of 56 = 71%;
    // "Risk updated" 0 of 16 against 32 of 32 (100%) for Teams A and C.
    expect(team.shortfalls.map((s) => [s.group, s.main])).toEqual([["Team B", ["Risk updated"]]]);
    expect(team.shortfalls[0].sentence).toBe("71% overall; all of the gap is 'Risk updated' at 0% against 100% for other teams.");
    const teamB = analysis.dimensions[0].groups.find((g) => g.name === "Team B")!;
    expect(teamB.reasons[1]).toBe("Team B: 71% overall; all of the gap is 'Risk updated' at 0% against 100% for other teams.");
    expect(JSON.parse(JSON.stringify(analysis)).questions[0].questions.map((q: { question: string }) => q.question)).toEqual(["Accurate", "Personalised", "Risk updated", "Signed"]);
  });
});

describe("readQuestionAnswers: proposed sub-scores", () => {
  it("reads the second score columns the proposal left out as sub-scores", () => {
    const values: SheetGrid["values"] = [["Date", "Team", "Overall score", "Accuracy score", "Risk score"]];
    for (let week = 0; week < 4; week++) values.push([firstMonday + week * 7, "Team A", 80, 90, 60]);
    const result = readAuditGrid(values, { sheet: "Scores", firstRow: 1 });
    const read = readQuestionAnswers(values, 1, result);
    expect(read?.questions).toEqual(["Overall score", "Accuracy score", "Risk score"]);
    expect(read?.answers[0]).toEqual([0.8, 0.9, 0.6]);
  });

  it("leaves out a score column the user chose to ignore", () => {
    const values: SheetGrid["values"] = [["Date", "Team", "Overall score", "Accuracy score", "Risk score"]];
    for (let week = 0; week < 4; week++) values.push([firstMonday + week * 7, "Team A", 80, 90, 60]);
    const mapping = ["date", "team", "score", "score", "ignore"].map((role, index) => ({ index, header: String(values[0][index]), role: role as "score", confidence: 1, reason: "Chosen by the user." }));
    const read = readQuestionAnswers(values, 1, readAuditGrid(values, { sheet: "Scores", firstRow: 1, mapping }));
    expect(read?.questions).toEqual(["Overall score", "Accuracy score"]);
  });
});

describe("readQuestionAnswers: a target column", () => {
  it("is never read as a sub-score", () => {
    const values: SheetGrid["values"] = [["Date", "Team", "Score %", "Accuracy score", "Target %"]];
    for (let week = 0; week < 4; week++) values.push([firstMonday + week * 7, "Team A", 80, 90, 95]);
    const read = readQuestionAnswers(values, 1, readAuditGrid(values, { sheet: "Scores", firstRow: 1 }));
    expect(read?.questions).not.toContain("Target %");
  });
});
