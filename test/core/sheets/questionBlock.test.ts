import { buildTeamComparisonTracker } from "../../../src/core/sheets";
import { worstCellsScale } from "../../../src/core/sheets/writeQuestionBlock";
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

  it("colours the block with a scale so the worst cells stand out", () => {
    const heading = findCell(model, /^Team by question/)!;
    const format = model.conditionalFormats.find((f) => f.range.top === heading.row + 2 && f.range.left === 3)!;
    expect(format.range).toEqual({ top: heading.row + 2, left: 3, bottom: heading.row + 5, right: 5 });
    expect(format.rules).toEqual([worstCellsScale("up")]);
  });

  it("names the question behind the shortfall, for that group only", () => {
    const lines = allText(model).filter((text) => /of the gap is/.test(text));
    expect(lines).toContain("Team B: 75% overall; all of the gap is 'Risk updated' at 0% against 100% for other teams.");
    expect(lines.filter((text) => text.startsWith("Team B: 75% overall"))).toHaveLength(1);
    expect(lines.some((text) => text.startsWith("Team A") || text.startsWith("Team C"))).toBe(false);
  });
});

describe("worstCellsScale", () => {
  it("puts red at the low end when higher is better, and at the high end when lower is better", () => {
    const up = worstCellsScale("up");
    expect(up.kind === "colour-scale" && up.points.map((p) => p.colour)).toEqual(["F8696B", "FFEB84", "63BE7B"]);
    const down = worstCellsScale("down");
    expect(down.kind === "colour-scale" && down.points.map((p) => p.colour)).toEqual(["63BE7B", "FFEB84", "F8696B"]);
  });
});
