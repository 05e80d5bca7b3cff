import { parseNumber } from "../../../src/core/values";

describe("parseNumber", () => {
  it("matches its JSDoc example", () => {
    expect(parseNumber(" 1,234.5 ")).toBe(1234.5);
    expect(parseNumber("87%")).toBe(0.87);
    expect(parseNumber("87 points")).toBeNull();
  });

  it("returns finite numbers unchanged", () => {
    expect(parseNumber(87)).toBe(87);
    expect(parseNumber(0)).toBe(0);
    expect(parseNumber(-2.5)).toBe(-2.5);
  });

  it("rejects NaN and infinities", () => {
    expect(parseNumber(Number.NaN)).toBeNull();
    expect(parseNumber(Number.POSITIVE_INFINITY)).toBeNull();
  });

  it.each([
    ["87", 87],
    [" 87.5 ", 87.5],
    ["1,234", 1234],
    ["1,234,567.25", 1234567.25],
    ["1 234", 1234],
    ["-3", -3],
    ["+3", 3],
    [".5", 0.5],
    ["0.5", 0.5],
    ["1E3", 1000],
    ["007", 7],
  ])("reads the text %p as %p", (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it("reads percent text as Excel does, as a proportion", () => {
    // Excel: typing 87% into a cell stores 0.87.
    expect(parseNumber("87%")).toBe(0.87);
    expect(parseNumber("87.5 %")).toBe(0.875);
    expect(parseNumber("100%")).toBe(1);
    expect(parseNumber("0%")).toBe(0);
    expect(parseNumber("1,000%")).toBe(10);
  });

  it("never returns minus zero", () => {
    expect(Object.is(parseNumber("-0"), 0)).toBe(true);
  });

  it.each([["1,5"], ["12,34"], ["1,2345"], ["1.2.3"], ["%"], ["-"], ["."], ["87 %%"], ["£87"], ["ten"], ["7/8"], ["03/03/2026"], ["1e999"], ["1 23"]])(
    "rejects the text %p",
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );

  it("rejects booleans, dates, blanks and errors", () => {
    for (const v of [true, false, new Date(0), null, undefined, "", "  ", { error: "#N/A" }, "#N/A"]) {
      expect(parseNumber(v)).toBeNull();
    }
  });
});
