import { parseYesNo } from "../../../src/core/values";

describe("parseYesNo", () => {
  it("matches its JSDoc example", () => {
    expect(parseYesNo(" Not met ")).toBe("no");
    expect(parseYesNo(true)).toBe("yes");
    expect(parseYesNo("x")).toBeNull();
  });

  it.each([
    ["Yes"], ["YES"], ["y"], ["Pass"], ["passed"], ["Met"], ["Compliant"], ["Achieved"], ["Correct"], ["TRUE"], ["true"], ["1"], [" 1 "], ["✓"], ["✔"], ["☑"],
  ])("reads %p as yes", (v) => {
    expect(parseYesNo(v)).toBe("yes");
  });

  it.each([
    ["No"], ["n"], ["Fail"], ["FAILED"], ["Not met"], ["not  met"], ["Non-compliant"], ["Non compliant"], ["Noncompliant"], ["Not compliant"],
    ["Not achieved"], ["Incorrect"], ["FALSE"], ["0"], ["✗"], ["✘"],
  ])("reads %p as no", (v) => {
    expect(parseYesNo(v)).toBe("no");
  });

  it.each([["N/A"], ["na"], ["Not applicable"], ["n.a."]])("reads %p as not applicable", (v) => {
    expect(parseYesNo(v)).toBe("na");
  });

  it("reads booleans and the numbers 1 and 0", () => {
    expect(parseYesNo(true)).toBe("yes");
    expect(parseYesNo(false)).toBe("no");
    expect(parseYesNo(1)).toBe("yes");
    expect(parseYesNo(0)).toBe("no");
  });

  it("returns null for an ambiguous x, other numbers, blanks, errors and other text", () => {
    for (const v of ["x", "X", 2, 0.5, -1, null, undefined, "", "maybe", "Partially met", "#N/A", { error: "#N/A" }, new Date(0), "yes please"]) {
      expect(parseYesNo(v)).toBeNull();
    }
  });
});
