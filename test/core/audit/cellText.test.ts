import { cellText } from "../../../src/core/audit/cellText";

describe("cellText", () => {
  it("matches its JSDoc example", () => {
    expect(cellText("  Team A ")).toBe("Team A");
    expect(cellText(3)).toBe("3");
    expect(cellText(new Date(Date.UTC(2026, 0, 5)))).toBe("05/01/2026");
  });

  it("gives blanks, errors and booleans as text", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
    expect(cellText({ error: "#N/A" })).toBe("#N/A");
    expect(cellText(true)).toBe("TRUE");
  });

  it("reads a header typed over several lines, or with non-breaking spaces, as one line", () => {
    expect(cellText("Body map\ncompleted?")).toBe("Body map completed?");
    expect(cellText("Concern\r\nreported to\n\nmanager? ")).toBe("Concern reported to manager?");
    expect(cellText("Date\u00a0of\taudit\u00a0")).toBe("Date of audit");
  });
});
