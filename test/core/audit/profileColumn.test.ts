import { profileColumn } from "../../../src/core/audit/profileColumn";

describe("profileColumn", () => {
  it("matches its JSDoc example", () => {
    expect(profileColumn([["Result"], ["Yes"], ["No"], ["N/A"]], [1, 2, 3], 0).yesNo).toBe(2);
  });

  it("counts each kind of value once", () => {
    const grid = [["x"], [87], ["87%"], ["7/8"], [new Date(Date.UTC(2026, 0, 5))], ["05/01/2026"], [true], ["#N/A"], ["Night"], ["Average"], [null]];
    const profile = profileColumn(grid, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0);
    expect(profile).toMatchObject({
      nonBlank: 8, numbers: 1, percentTexts: 1, fractions: 1, dates: 2, yesNo: 1, errors: 1, texts: 1, shiftWords: 1, totalsLabels: 1,
    });
  });

  it("recognises value vocabularies and references", () => {
    const grid = [["x"], ["People's feedback"], ["New starter (<6 months)"], ["Oak Unit"], ["R-1042"]];
    expect(profileColumn(grid, [1, 2, 3, 4], 0)).toMatchObject({ sourceWords: 1, staffGroupWords: 1, teamWords: 1, identifiers: 1 });
  });
});
