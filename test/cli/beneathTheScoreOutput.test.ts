import { formatResultsTable } from "../../src/cli/formatResultsTable";
import { locationGap, oneQuestionShortfall, workbookOf } from "../core/fixtures/beneathTheScore";

describe("formatResultsTable", () => {
  it("follows each dimension's table with the questions behind each shortfall and the repeated gaps", () => {
    const text = formatResultsTable(workbookOf(oneQuestionShortfall()));
    expect(text).toContain("Team B: 75% overall; all of the gap is 'Risk updated' at 0% against 100% for other teams.\n");
    expect(text).toContain("Repeated gaps (below target in each of the last 3 periods or more): Team B (overall, 'Risk updated').\n");
  });

  it("says whether the gap between groups is narrowing", () => {
    expect(formatResultsTable(workbookOf(locationGap("narrowing")))).toMatch(/\nGap between locations narrowing from 25 to 3 points over 12 weeks/);
  });
});
