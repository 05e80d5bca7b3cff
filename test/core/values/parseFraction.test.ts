import { FRACTION_TEXT, parseFraction } from "../../../src/core/values";

describe("parseFraction", () => {
  it("matches its JSDoc example", () => {
    expect(parseFraction("7 of 8")).toEqual({ passed: 7, checked: 8 });
    expect(parseFraction("9/8")).toBeNull();
  });

  it.each([
    ["7/8", 7, 8],
    ["7 / 8", 7, 8],
    [" 7 of 8 ", 7, 8],
    ["7 OF 8", 7, 8],
    ["7 out of 8", 7, 8],
    ["0/12", 0, 12],
    ["12/12", 12, 12],
  ])("reads %p as %p of %p", (text, passed, checked) => {
    expect(parseFraction(text)).toEqual({ passed, checked });
  });

  it.each([["7/8/2026"], ["03/03/26"], ["9/8"], ["0/0"], ["3/0"], ["7.5/8"], ["-1/8"], ["7/"], ["/8"], ["7 8"], ["seven of eight"], ["7%"]])(
    "rejects %p",
    (text) => {
      expect(parseFraction(text)).toBeNull();
    },
  );

  it("rejects numbers, booleans, blanks and dates", () => {
    for (const v of [0.875, 7, true, null, undefined, "", new Date(0)]) expect(parseFraction(v)).toBeNull();
  });
});

describe("FRACTION_TEXT", () => {
  it("matches its JSDoc example", () => {
    expect(FRACTION_TEXT.test("9 of 8")).toBe(true);
  });

  it("is the shape parseFraction reads, so a refused count is still recognised as one", () => {
    expect(FRACTION_TEXT.test("0/0")).toBe(true);
    expect(parseFraction("0/0")).toBeNull();
    expect(FRACTION_TEXT.test("7/8/2026")).toBe(false);
  });
});
