import { SKIPPED_ROW_REASONS } from "../../../src/core/audit";

describe("SKIPPED_ROW_REASONS", () => {
  it("matches its JSDoc example", () => {
    expect(SKIPPED_ROW_REASONS.totals).toBe("totals or average row");
  });

  it("gives every reason distinct wording", () => {
    const reasons = Object.values(SKIPPED_ROW_REASONS);
    expect(new Set(reasons).size).toBe(reasons.length);
  });
});
