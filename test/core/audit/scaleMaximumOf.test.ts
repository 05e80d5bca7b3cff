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

  it.each(["Falls per 1,000 occupied bed days", "Falls / 1,000 OBD", "Compliance %", "Week 12", "Score", "Score out of 100"])("finds no rating scale in %p", (header) => {
    expect(scaleMaximumOf(header)).toBeNull();
  });
});
