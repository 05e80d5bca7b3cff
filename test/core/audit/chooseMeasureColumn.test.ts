import { chooseMeasureColumn } from "../../../src/core/audit";

describe("chooseMeasureColumn", () => {
  it("matches its JSDoc example", () => {
    expect(
      chooseMeasureColumn([
        { index: 0, header: "Beds", role: "score", confidence: 0.3, reason: "" },
        { index: 1, header: "Falls rate", role: "ignore", confidence: 0.5, reason: "" },
      ], "falls rate")?.map((entry) => entry.role),
    ).toEqual(["ignore", "score"]);
  });

  it("sets other measures aside with the reason and keeps groups and dates", () => {
    const mapping = chooseMeasureColumn([
      { index: 0, header: "Unit", role: "team", confidence: 0.95, reason: "" },
      { index: 1, header: "Q1", role: "item", confidence: 0.9, reason: "" },
      { index: 2, header: "Score %", role: "score", confidence: 0.95, reason: "" },
    ], "Q1");
    expect(mapping?.map((entry) => [entry.role, entry.reason])).toEqual([
      ["team", ""],
      ["score", "Chosen by you as the measure: read as the score."],
      ["ignore", 'Not used: you chose column "Q1" as the measure.'],
    ]);
  });

  it("gives null when no column has the header", () => {
    expect(chooseMeasureColumn([{ index: 0, header: "Unit", role: "team", confidence: 1, reason: "" }], "Rate")).toBeNull();
  });
});
