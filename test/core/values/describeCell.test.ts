import { describeCell } from "../../../src/core/values";

describe("describeCell", () => {
  it("matches its JSDoc example", () => {
    expect(describeCell("Yes?")).toBe('"Yes?"');
    expect(describeCell(new Date(Date.UTC(2026, 0, 5)))).toBe("05/01/2026");
    expect(describeCell({ error: "#N/A" })).toBe("the error #N/A");
  });

  it("describes numbers, booleans, blanks and error text as Excel shows them", () => {
    expect(describeCell(120)).toBe("120");
    expect(describeCell(false)).toBe("FALSE");
    expect(describeCell(null)).toBe("a blank cell");
    expect(describeCell("  ")).toBe("a blank cell");
    expect(describeCell("#DIV/0!")).toBe("the error #DIV/0!");
  });

  it("trims text and cuts long text", () => {
    expect(describeCell("  Yes? ")).toBe('"Yes?"');
    expect(describeCell("x".repeat(50))).toBe(`"${"x".repeat(40)}…"`);
  });

  it("names values that are not cells without reading them", () => {
    expect(describeCell(new Date(Number.NaN))).toBe("an invalid date");
    expect(describeCell(Number.NaN)).toBe("a number Excel cannot hold");
    expect(describeCell({ rich: [] } as never)).toBe("a value that is not text, a number or a date");
  });
});
