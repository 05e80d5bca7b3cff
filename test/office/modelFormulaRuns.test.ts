import { modelFormulaRuns } from "../../src/office/modelFormulaRuns";

describe("modelFormulaRuns", () => {
  it("gives the JSDoc example's run: bounded table columns, never whole columns", () => {
    expect(modelFormulaRuns({ cells: [[{ value: { formula: "CQC.VARIATION(Audits[Score],Audits[Team])" } }]] })[0].formulas).toEqual(["=CQC.VARIATION(Audits[Score],Audits[Team])"]);
  });

  it("groups consecutive formula cells of a row into one run", () => {
    const runs = modelFormulaRuns({ cells: [[null, { value: { formula: "=A1" } }, { value: { formula: "B1+1" } }, { value: "text" }, { value: { formula: "1" } }]] });
    expect(runs).toEqual([
      { row: 1, column: 2, formulas: ["=A1", "=B1+1"] },
      { row: 1, column: 5, formulas: ["=1"] },
    ]);
  });
});
