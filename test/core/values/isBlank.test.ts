import { isBlank } from "../../../src/core/values";

describe("isBlank", () => {
  it("matches its JSDoc example", () => {
    expect(isBlank("  ")).toBe(true);
    expect(isBlank(0)).toBe(false);
  });

  it("treats null, undefined, empty and whitespace-only text as blank", () => {
    for (const v of [null, undefined, "", " ", "\t\n", "\u00a0"]) expect(isBlank(v)).toBe(true);
  });

  it("treats values, false, dates and errors as not blank", () => {
    for (const v of [0, false, "0", "N/A", new Date(0), { error: "#N/A" }, "#N/A"]) expect(isBlank(v)).toBe(false);
  });
});
