import { modelCell } from "../../../src/core/sheets";

describe("modelCell", () => {
  it("matches its JSDoc example", () => {
    expect(modelCell("=SUM(A1)").style?.numberFormat).toBe("@");
    expect(modelCell(0.78, { numberFormat: "0%" }).style?.numberFormat).toBe("0%");
  });

  it("keeps formula-looking text as the same string, with the Text format added to its style", () => {
    const cell = modelCell("=HYPERLINK(\"http://x\")", { bold: true });
    expect(cell).toEqual({ value: "=HYPERLINK(\"http://x\")", style: { bold: true, numberFormat: "@" } });
  });

  // OWASP "CSV injection": text Excel, LibreOffice or a CSV import would take for a formula.
  it.each([["=1+1"], ["+44 20"], ["-5 on last month"], ["@night"], ["\tTab"], ["\rCR"]])("writes %p as text", (text) => {
    expect(modelCell(text)).toEqual({ value: text, style: { numberFormat: "@" } });
  });

  it("leaves ordinary text, and text with = later on, alone", () => {
    expect(modelCell("Score = 90%")).toEqual({ value: "Score = 90%" });
    expect(modelCell("")).toEqual({ value: "" });
  });

  it("does not add a style to ordinary values", () => {
    expect(modelCell("Team B")).toEqual({ value: "Team B" });
    expect(modelCell(null)).toEqual({ value: null });
  });
});
