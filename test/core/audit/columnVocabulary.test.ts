import { COLUMN_ROLES, COLUMN_VOCABULARY } from "../../../src/core/audit";
import { normaliseText } from "../../../src/core/audit/normaliseText";

describe("COLUMN_VOCABULARY", () => {
  it("matches its JSDoc example", () => {
    expect(COLUMN_VOCABULARY.headers.find((entry) => entry.role === "shift")?.phrases.includes("day / night")).toBe(true);
  });

  it("gives every header phrase exactly one role", () => {
    const roleOf = new Map<string, string>();
    for (const { role, phrases } of COLUMN_VOCABULARY.headers) {
      for (const phrase of phrases) {
        const key = normaliseText(phrase);
        expect([key, roleOf.get(key) ?? role]).toEqual([key, role]);
        roleOf.set(key, role);
      }
    }
  });

  it("uses only known roles", () => {
    for (const { role } of COLUMN_VOCABULARY.headers) expect(COLUMN_ROLES).toContain(role);
  });

  it("writes phrases as they normalise, so a reader of the data file sees what is matched", () => {
    for (const { phrases } of COLUMN_VOCABULARY.headers) for (const phrase of phrases) expect(normaliseText(phrase)).toBe(phrase);
  });
});
