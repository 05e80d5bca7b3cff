import { planRead } from "../../../src/core/audit/readPlan";

describe("planRead", () => {
  it("matches its JSDoc example", () => {
    expect(
      planRead([{ index: 0, header: "Team", role: "team", confidence: 1, reason: "" }, { index: 1, header: "Score", role: "score", confidence: 1, reason: "" }], [], 1, null).score?.name,
    ).toBe('B "Score"');
  });

  it("plans groups side by side, leaving their columns out of the grouping columns", () => {
    const plan = planRead(
      [
        { index: 0, header: "Question", role: "ignore", confidence: 1, reason: "" },
        { index: 1, header: "Oak Unit", role: "team", confidence: 1, reason: "" },
        { index: 2, header: "Elm Unit", role: "ignore", confidence: 1, reason: "" },
      ],
      [],
      1,
      { role: "team", holds: "answers", columns: [{ index: 1, name: "Oak Unit" }, { index: 2, name: "Elm Unit" }] },
    );
    expect([plan.layout, plan.groups.length, plan.sideBySide?.columns.map((column) => column.group)]).toEqual(["groups-as-columns", 0, ["Oak Unit", "Elm Unit"]]);
  });
});
