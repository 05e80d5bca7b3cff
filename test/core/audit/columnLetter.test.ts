import { columnLetter } from "../../../src/core/audit";

describe("columnLetter", () => {
  it("matches its JSDoc example", () => {
    expect(columnLetter(7)).toBe("G");
    expect(columnLetter(28)).toBe("AB");
  });

  it("names Excel's first and last columns", () => {
    expect(columnLetter(1)).toBe("A");
    expect(columnLetter(26)).toBe("Z");
    expect(columnLetter(27)).toBe("AA");
    expect(columnLetter(16384)).toBe("XFD");
  });

  it("returns an empty name for a number that is not a column", () => {
    for (const n of [0, -1, 1.5, Number.NaN]) expect(columnLetter(n)).toBe("");
  });
});
