import { isHeaderLabel } from "../../../src/core/audit/isHeaderLabel";

describe("isHeaderLabel", () => {
  it("matches its JSDoc example", () => {
    expect(isHeaderLabel("Care plan")).toBe(true);
    expect(isHeaderLabel("Yes")).toBe(false);
    expect(isHeaderLabel(0.9)).toBe(false);
  });

  it("leaves out answers, dates, weeks, sentences and blanks", () => {
    for (const value of ["N/A", "87%", "05/01/2026", "Jan-26", "", "This sheet holds the audits of every unit for 2026, please keep it up to date"]) {
      expect(isHeaderLabel(value)).toBe(false);
    }
    expect(isHeaderLabel("Falls risk assessment done")).toBe(true);
  });
});
