import { toCellValue } from "../../../bench/exceljsBaseline/toCellValue";

describe("toCellValue", () => {
  it("matches its JSDoc example", () => {
    expect(toCellValue({ formula: "AVERAGE(B2:B9)", result: 0.87 })).toBe(0.87);
    expect(toCellValue({ richText: [{ text: "Team " }, { text: "B" }] })).toBe("Team B");
  });

  it("keeps numbers, text, booleans, dates and error values", () => {
    const date = new Date(Date.UTC(2026, 2, 3));
    expect([87, "Team A", true, date, { error: "#N/A" }].map(toCellValue)).toEqual([87, "Team A", true, date, { error: "#N/A" }]);
  });

  it("reads shared formulas and formulas without a result, and formulas that give errors or dates", () => {
    expect(toCellValue({ sharedFormula: "C2", result: 0.9 })).toBe(0.9);
    expect(toCellValue({ formula: "NOW()" })).toBeNull();
    expect(toCellValue({ formula: "1/0", result: { error: "#DIV/0!" } })).toEqual({ error: "#DIV/0!" });
    expect(toCellValue({ formula: "TODAY()", result: new Date(Date.UTC(2026, 2, 3)) })).toEqual(new Date(Date.UTC(2026, 2, 3)));
  });

  it("reads hyperlinks by their text, rich or plain", () => {
    expect(toCellValue({ text: "CQC", hyperlink: "https://www.cqc.org.uk" })).toBe("CQC");
    expect(toCellValue({ text: { richText: [{ text: "Rich" }] }, hyperlink: "x" })).toBe("Rich");
  });

  it("gives blank for anything else", () => {
    expect([null, undefined, { checkbox: true }].map(toCellValue)).toEqual([null, null, null]);
  });
});
