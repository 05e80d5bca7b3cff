import { buildTeamComparisonTracker } from "../../../src/core/sheets";
import { oneQuestionShortfall, workbookOf } from "../fixtures/beneathTheScore";
import { allText, cellAt, findCell } from "./fixtures/modelQueries";

describe("writeQuestionBlock", () => {
  const model = buildTeamComparisonTracker(workbookOf(oneQuestionShortfall()));

  it("writes a question x group block under the group table, worst group first", () => {
    const heading = findCell(model, "Team by question: Yes / (Yes + No), the worst cells in red")!;
    expect(heading).not.toBeNull();
    const groupTable = findCell(model, "By team (gap between highest and lowest: 25.0 points)")!;
    expect(heading.row).toBeGreaterThan(groupTable.row);
    expect([1, 2, 3, 4, 5].map((c) => cellAt(model, heading.row + 1, c)?.value)).toEqual(["Question", "Service", "Team B", "Team A", "Team C"]);
    const risk = findCell(model, "Risk updated")!;
    // Service: 32 Yes of 48; Team B 0 of 16; Teams A and C 16 of 16.
    expect([2, 3, 4, 5].map((c) => cellAt(model, risk.row, c)?.value)).toEqual([32 / 48, 0, 1, 1]);
  });

  const blockScale = (tracker: typeof model) => {
    const heading = findCell(tracker, /^Team by question/)!;
    return tracker.conditionalFormats.find((f) => f.range.top === heading.row + 2 && f.range.left === 3)!;
  };
  const scaleColours = (tracker: typeof model) => blockScale(tracker).rules.map((rule) => (rule.kind === "colour-scale" ? rule.points.map((p) => p.colour) : rule.kind));

  it("colours the block with a scale so the worst cells stand out", () => {
    const heading = findCell(model, /^Team by question/)!;
    expect(blockScale(model).range).toEqual({ top: heading.row + 2, left: 3, bottom: heading.row + 5, right: 5 });
    // Excel's own three-colour scale: red at the minimum, amber at the median, green at the maximum.
    expect(blockScale(model).rules[0]).toMatchObject({ kind: "colour-scale", points: [{ at: { type: "min" } }, { at: { type: "percentile", value: 50 } }, { at: { type: "max" } }] });
    expect(scaleColours(model)).toEqual([["F8696B", "FFEB84", "63BE7B"]]);
  });

  it("puts red at the high end when lower is better", () => {
    const analysis = oneQuestionShortfall();
    const lowerIsBetter = buildTeamComparisonTracker(workbookOf({ ...analysis, settings: { ...analysis.settings, direction: "down" } }));
    expect(scaleColours(lowerIsBetter)).toEqual([["63BE7B", "FFEB84", "F8696B"]]);
  });

  it("names the question behind the shortfall, for that group only", () => {
    const lines = allText(model).filter((text) => /of the gap is/.test(text));
    expect(lines).toContain("Team B: 75% overall; all of the gap is 'Risk updated' at 0% against 100% for other teams.");
    expect(lines.filter((text) => text.startsWith("Team B: 75% overall"))).toHaveLength(1);
    expect(lines.some((text) => text.startsWith("Team A") || text.startsWith("Team C"))).toBe(false);
  });
});
