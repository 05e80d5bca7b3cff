import { describeRowsAccounted, looksLikeAuditData, proposeColumnRoles, readAuditGrid, readItemAnswer, type GridReadResult } from "../../../src/core/audit";
import type { CellValue } from "../../../src/core/values";

// A walkround log as care homes keep it: one RAG rating per audit. Oak Unit: Green, Green, Amber, Red;
// Elm Unit: Green, Amber, Amber, Green (hand-counted below).
const walkround = (ratingHeader: string, ratings: readonly string[], extra?: { header: string; values: CellValue[] }): CellValue[][] => [
  ["Date", "Unit", "Area checked", ratingHeader, ...(extra ? [extra.header] : [])],
  ...ratings.map((rating, i): CellValue[] => [`${String(5 + i).padStart(2, "0")}/01/2026`, i < 4 ? "Oak Unit" : "Elm Unit", "Lounge", rating, ...(extra ? [extra.values[i]] : [])]),
];
const oakThenElm = ["Green", "green", "AMBER", "Red", "Green", "Amber", "amber", "Green"];

function passRates(result: GridReadResult): Record<string, string> {
  const rates: Record<string, [number, number]> = {};
  for (const record of result.records) {
    const unit = record.groups.team ?? "";
    const [passed, checked] = rates[unit] ?? [0, 0];
    rates[unit] = record.kind === "counts" ? [passed + record.passed, checked + record.checked] : [passed + record.score, checked + 1];
  }
  return Object.fromEntries(Object.entries(rates).map(([unit, [passed, checked]]) => [unit, `${passed}/${checked}`]));
}

describe("readItemAnswer on RAG ratings", () => {
  it("reads Green and Blue as met, Red as not met and Amber as partial, letters too, only in a RAG column", () => {
    expect(["Green", "Blue", "Red", "Amber", "g", "a", "r", "b"].map((v) => readItemAnswer(v, true))).toEqual(["yes", "yes", "no", "partial", "yes", "partial", "no", "yes"]);
    expect(["Green", "A"].map((v) => readItemAnswer(v))).toEqual(["unreadable", "unreadable"]);
  });
});

describe("readAuditGrid on a column of RAG ratings", () => {
  it("reads each rating as an answer per record, with the column's reason in RAG words", () => {
    const result = readAuditGrid(walkround("RAG rating", oakThenElm), { sheet: "Walkround" });
    const column = result.mapping[3];
    expect([column.role, column.rag]).toEqual(["item", true]);
    expect(column.reason).toBe('The header "RAG rating" names a RAG rating and 8 of 8 values looked at are RAG ratings (Green, Amber, Red): read as an answer per record, Green as met, Red as not met and Amber as a partial answer (counted by the partial-answer rule; not met by default).');
    // Not met (the default): Oak 2 Green of 4; Elm 2 Green of 4. Three Ambers are the partial answers.
    expect(passRates(result)).toEqual({ "Oak Unit": "2/4", "Elm Unit": "2/4" });
    expect(result.partialAnswers).toBe(3);
    expect(result.problems).toEqual([]);
  });

  it("counts Amber by the partial-answer rule", () => {
    // Half: Oak (1 + 1 + 0.5 + 0) over 4 records; Elm (1 + 0.5 + 0.5 + 1) over 4 records, each record a score.
    expect(passRates(readAuditGrid(walkround("RAG rating", oakThenElm), { sheet: "Walkround", partialAnswers: "half" }))).toEqual({ "Oak Unit": "2.5/4", "Elm Unit": "3/4" });
    // Left out: Oak 2 of 3 (its Amber set aside); Elm 2 of 2 (both Ambers set aside, their rows left out).
    const leftOut = readAuditGrid(walkround("RAG rating", oakThenElm), { sheet: "Walkround", partialAnswers: "left-out" });
    expect(passRates(leftOut)).toEqual({ "Oak Unit": "2/3", "Elm Unit": "2/2" });
    expect(leftOut.rowsRead).toBe(leftOut.rowsUsed + leftOut.rowsSkipped.length);
  });

  it("reads spelt-out colours under any header that names no group, person or date, and R/A/G letters under a RAG header", () => {
    expect(passRates(readAuditGrid(walkround("Outcome", oakThenElm), { sheet: "Walkround" }))).toEqual({ "Oak Unit": "2/4", "Elm Unit": "2/4" });
    const letters = ["G", "G", "A", "R", "G", "A", "A", "G"];
    expect(passRates(readAuditGrid(walkround("Outcome (RAG)", letters), { sheet: "Walkround" }))).toEqual({ "Oak Unit": "2/4", "Elm Unit": "2/4" });
  });

  it("does not guess that the letters R, A and G are RAG ratings when the header does not say so, and says what to write", () => {
    const letters = ["G", "G", "A", "R", "G", "A", "A", "G"];
    const grid = walkround("Outcome", letters);
    const column = proposeColumnRoles(grid, 0)[3];
    expect([column.role, column.unclearMeasure]).toEqual(["ignore", true]);
    const likelihood = looksLikeAuditData(grid);
    expect(likelihood.suggested).toBe(false);
    expect(likelihood.unclearMeasure).toBe(true);
    expect(likelihood.reason).toBe('No column of scores, counts, Yes/No answers or weekly or monthly results. Column D "Outcome" holds the letters R, A or G (8 of 8 values looked at), but the header does not say RAG: if they are RAG ratings, say so in the header, e.g. "Outcome (RAG)"; not used until then.');
  });

  it("keeps the score as the measure when a RAG column sits beside it", () => {
    const result = readAuditGrid(walkround("RAG rating", oakThenElm, { header: "Score", values: [95, 92, 85, 70, 96, 88, 86, 94] }), { sheet: "Walkround" });
    expect(result.layout).toBe("per-audit");
    expect(result.mapping[3].role).toBe("ignore");
    expect(result.mapping[3].rag).toBeUndefined();
    expect(result.mapping[3].reason).toMatch(/but column E "Score" is the measure, so the RAG ratings are not used\.$/);
    // The scores as percentages: Oak 95, 92, 85, 70; Elm 96, 88, 86, 94.
    expect(result.records.map((record) => (record.kind === "score" ? Math.round(record.score * 100) : null))).toEqual([95, 92, 85, 70, 96, 88, 86, 94]);
  });

  it("names a value that is not a RAG rating as a problem, keeping the other rows", () => {
    const result = readAuditGrid(walkround("RAG", ["Green", "Purple", "Red", "Green", "Green", "Green", "Amber", "Green"]), { sheet: "Walkround" });
    expect(result.problems.map((problem) => problem.message)).toEqual(['Row 3, column D "RAG": "Purple" is not a RAG rating (Green, Amber, Red) or N/A; answer left out, the row\'s other answers are used']);
    expect(result.rowsUsed).toBe(7);
  });
});

describe("describeRowsAccounted with RAG ratings", () => {
  it("says how each colour counted, by the partial-answer rule", () => {
    expect(describeRowsAccounted({ rowsRead: 8, rowsUsed: 8, ragColumns: ["RAG rating"], partialAnswers: 3, partialRule: "not-met" })).toEqual([
      "8 rows read: 8 used, 0 left out.",
      'RAG rating (column "RAG rating"): Green counted as met, Amber as partial (not met), Red as not met.',
      '3 partial answers (Amber, "Partial", "Partly" ...) counted as not met.',
    ]);
    expect(describeRowsAccounted({ rowsRead: 8, rowsUsed: 8, ragColumns: ["RAG"], partialRule: "left-out" })[1]).toBe('RAG rating (column "RAG"): Green counted as met, Amber as partial (left out, like N/A), Red as not met.');
  });
});
