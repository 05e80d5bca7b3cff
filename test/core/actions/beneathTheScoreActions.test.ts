import { proposeActions } from "../../../src/core/actions";
import { firstMonday, oneQuestionShortfall, workbookOf } from "../fixtures/beneathTheScore";

describe("proposeActions", () => {
  const asOf = firstMonday + 7 * 8;

  it("names the question behind the shortfall in the concern, led by the repeated gap", () => {
    const { actions } = proposeActions(workbookOf(oneQuestionShortfall()), { asOf });
    expect(actions.map((a) => a.group)).toEqual(["Team B"]);
    // Team B: below 90% in each of the 8 weeks overall and on "Risk updated".
    expect(actions[0].concern).toMatch(/^Repeated gap \(overall, 'Risk updated' below target in each of the last 8 periods or more\): Team B is below the 90% target: 75% overall; all of the gap is 'Risk updated' at 0% against 100% for other teams\. /);
    expect(actions[0].reviewCadence).toBe("Fortnightly sampling");
  });

  it("puts the actions for repeated gaps first and numbers them in that order", () => {
    // Two audits: in the first, Team B's repeated gaps are taken away, so only the second audit's
    // Team B has one; its action comes first although its audit comes second.
    const first = { ...oneQuestionShortfall(), title: "First audit" };
    first.dimensions[0].groups.forEach((group) => (group.repeatedGaps = []));
    const second = { ...oneQuestionShortfall(), title: "Second audit" };
    const { actions } = proposeActions(workbookOf(first, second), { asOf });
    expect(actions.map((a) => [a.actionId, a.audit, a.concern.startsWith("Repeated gap")])).toEqual([
      ["ACT-001", "Second audit", true],
      ["ACT-002", "First audit", false],
    ]);
  });
});
