import { isFormulaLike, modelCell } from "../../../src/core/sheets";

describe("isFormulaLike", () => {
  it("matches its JSDoc example", () => {
    expect(isFormulaLike("=SUM(A1)")).toBe(true);
    expect(isFormulaLike("Team B")).toBe(false);
  });

  it.each([["=1+1"], ["+44 20"], ["-5 on last month"], ["@night"], ["\tTab"], ["\rCR"]])("treats %p as formula-like", (text) => {
    expect(isFormulaLike(text)).toBe(true);
  });

  it("leaves ordinary text, and text with = later on, alone", () => {
    expect(isFormulaLike("Score = 90%")).toBe(false);
    expect(isFormulaLike("")).toBe(false);
  });
});

describe("modelCell", () => {
  it("matches its JSDoc example", () => {
    expect(modelCell("=SUM(A1)").style?.numberFormat).toBe("@");
    expect(modelCell(0.78, { numberFormat: "0%" }).style?.numberFormat).toBe("0%");
  });

  it("keeps formula-looking text as the same string, with the Text format added to its style", () => {
    const cell = modelCell("=HYPERLINK(\"http://x\")", { bold: true });
    expect(cell).toEqual({ value: "=HYPERLINK(\"http://x\")", style: { bold: true, numberFormat: "@" } });
  });

  it("does not add a style to ordinary values", () => {
    expect(modelCell("Team B")).toEqual({ value: "Team B" });
    expect(modelCell(null)).toEqual({ value: null });
  });
});
