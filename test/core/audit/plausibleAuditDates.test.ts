import { PLAUSIBLE_AUDIT_DATES } from "../../../src/core/audit";

describe("PLAUSIBLE_AUDIT_DATES", () => {
  it("matches its JSDoc example", () => {
    // Excel: =DATE(1990,1,1) is 32874 and =DATE(2100,12,31) is 73415.
    expect(PLAUSIBLE_AUDIT_DATES.first).toBe(32874);
    expect(PLAUSIBLE_AUDIT_DATES.last).toBe(73415);
  });
});
