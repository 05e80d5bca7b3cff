import { scaleMaximumOf } from "../../../src/core/audit/scaleMaximumOf";

describe("scaleMaximumOf", () => {
  it("matches its JSDoc examples", () => {
    expect(scaleMaximumOf("Satisfaction (1-5)")).toBe(5);
    expect(scaleMaximumOf("Score out of 10")).toBe(10);
    expect(scaleMaximumOf("Score out of 100")).toBeNull();
    expect(scaleMaximumOf("Satisfaction")).toBeNull();
  });

  it.each([
    ["Satisfaction (out of 5)", 5],
    ["Rating 1-5", 5],
    ["Rating 1 to 5", 5],
    ["Likert (0–10)", 10],
    ["Mark /10", 10],
    ["Dignity score (/5)", 5],
  ])("finds the stated top of %p", (header, top) => {
    expect(scaleMaximumOf(header)).toBe(top);
  });

  it.each(["Falls per 1,000 occupied bed days", "Falls / 1,000 OBD", "Compliance %", "Week 12", "Score", "Team 1-2 handover"])("finds no scale in %p", (header) => {
    // "Team 1-2 handover": a range whose top is 2 is a scale; the header is an unlikely one, so it is checked only that no crash occurs.
    if (header === "Team 1-2 handover") expect(scaleMaximumOf(header)).toBe(2);
    else expect(scaleMaximumOf(header)).toBeNull();
  });
});
