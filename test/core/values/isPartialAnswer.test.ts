import { isPartialAnswer, parseYesNo, PARTIAL_ANSWER_SPELLINGS } from "../../../src/core/values";

describe("isPartialAnswer", () => {
  it("matches its JSDoc example", () => {
    expect(isPartialAnswer(" Partially met ")).toBe(true);
    expect(isPartialAnswer("Partially-compliant")).toBe(true);
    expect(isPartialAnswer("No")).toBe(false);
  });

  // Issue 12 names these four spellings.
  it.each(["Partial", "Partly", "Partially met", "Some", "PARTIAL", "part met"])("reads %p as a partial answer", (text) => {
    expect(isPartialAnswer(text)).toBe(true);
  });

  it.each(["Yes", "N/A", "Sometimes", "P", "", 0.5, null])("does not read %p as a partial answer", (value) => {
    expect(isPartialAnswer(value)).toBe(false);
  });

  it("shares no spelling with Yes, No or N/A", () => {
    for (const spelling of PARTIAL_ANSWER_SPELLINGS) expect(parseYesNo(spelling)).toBeNull();
  });
});
