import { isProportionColumn, previewValue } from "../../src/taskpane/components/previewValue";

describe("previewValue", () => {
  it("shows a proportion score as the percentage the sheet shows (issue 15: raw 0.7683079064940103)", () => {
    expect(previewValue(0.7683079064940103, "score", true)).toBe("76.8%");
    expect(previewValue(0.9, "score", true)).toBe("90%");
  });

  it("shows a date serial as dd/mm/yyyy", () => {
    // 46027 is Monday 05/01/2026 (=DATE(2026,1,5) in Excel).
    expect(previewValue(46027, "date", false)).toBe("05/01/2026");
    expect(previewValue(new Date(Date.UTC(2026, 0, 5)), "date", false)).toBe("05/01/2026");
  });

  it("cuts long decimals to two places and separates thousands", () => {
    expect(previewValue(7.2549999, "score", false)).toBe("7.25");
    expect(previewValue(12345, "checked", false)).toBe("12,345");
  });

  it("says what a blank or an error cell holds", () => {
    expect(previewValue(null, "team", false)).toBe("(blank)");
    expect(previewValue({ error: "#N/A" }, "item", false)).toBe("#N/A");
    expect(previewValue(true, "item", false)).toBe("TRUE");
  });
});

describe("isProportionColumn", () => {
  it("reads a score column of fractions between 0 and 1 as percentages", () => {
    expect(isProportionColumn("score", [0.76, 1, 0.9, null])).toBe(true);
  });

  it("leaves whole scores, other roles and numbers above 1 alone", () => {
    expect(isProportionColumn("score", [0, 1, 1])).toBe(false);
    expect(isProportionColumn("score", [0.5, 87])).toBe(false);
    expect(isProportionColumn("checked", [0.5])).toBe(false);
  });
});
