import { readItemAnswer } from "../../../src/core/audit";

describe("readItemAnswer", () => {
  it("matches its JSDoc example", () => {
    expect(readItemAnswer("Partially met")).toBe("partial");
    expect(readItemAnswer("#REF!")).toBe("error");
    expect(readItemAnswer("see notes")).toBe("unreadable");
  });

  it.each([
    ["Yes", "yes"], [true, "yes"], [1, "yes"], ["✓", "yes"], ["Not met", "no"], [false, "no"], [0, "no"], ["N/A", "na"],
    ["Partly", "partial"], ["Some", "partial"], ["", "blank"], [null, "blank"], [{ error: "#N/A" }, "error"], ["Yes?", "unreadable"],
    [0.5, "unreadable"], [new Date(Date.UTC(2026, 0, 5)), "unreadable"],
  ] as const)("reads %p as %p", (value, kind) => {
    expect(readItemAnswer(value)).toBe(kind);
  });
});
