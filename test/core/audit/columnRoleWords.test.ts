import { COLUMN_ROLES, COLUMN_ROLE_WORDS } from "../../../src/core/audit";

describe("COLUMN_ROLE_WORDS", () => {
  it("matches its JSDoc example", () => {
    expect(COLUMN_ROLE_WORDS.staffGroup).toBe("a staff group");
  });

  it("names every role", () => {
    for (const role of COLUMN_ROLES) expect(COLUMN_ROLE_WORDS[role]).toMatch(/^(a|an|the|something|free) /);
  });
});
