import { buildAssuranceSummary } from "../../../src/core/sheets";
import { BENEATH_THE_SCORE_HEADING, beneathTheScoreLines } from "../../../src/core/sheets/beneathTheScoreLines";
import { locationGap, oneQuestionShortfall, workbookOf } from "../fixtures/beneathTheScore";
import { allText } from "./fixtures/modelQueries";

describe("beneathTheScoreLines", () => {
  it("names the question behind a shortfall and the repeated gaps", () => {
    const lines = beneathTheScoreLines(workbookOf(oneQuestionShortfall()));
    expect(lines).toContain("• Team B (team): 75% overall; all of the gap is 'Risk updated' at 0% against 100% for other teams.");
    // Team B is below 90% in each of the 8 weeks (75% every week), and on "Risk updated" (0%).
    expect(lines).toContain("• Repeated gap (team): Team B: below the 90% target in each of the last 8 periods (75%, 75%, 75%, 75%, 75%, 75%, 75%, 75%): a repeated gap.");
    expect(lines.filter((text) => text.startsWith("• Repeated gap (team): Team B: 'Risk updated'"))).toHaveLength(1);
  });

  it("describes a narrowing and a widening gap, naming each audit when there are several", () => {
    const narrowing = { ...locationGap("narrowing"), title: "Narrowing" };
    const widening = { ...locationGap("widening"), title: "Widening" };
    const lines = beneathTheScoreLines(workbookOf(narrowing, widening));
    expect(lines.some((text) => text.startsWith("• Narrowing: Gap between locations narrowing from 25 to 3 points over 12 weeks"))).toBe(true);
    expect(lines.some((text) => text.startsWith("• Widening: Gap between locations widening from 3 to 25 points over 12 weeks"))).toBe(true);
  });

  it("is a section of the Assurance Summary", () => {
    const text = allText(buildAssuranceSummary(workbookOf(locationGap("narrowing")), []));
    const at = text.indexOf(BENEATH_THE_SCORE_HEADING);
    expect(at).toBeGreaterThan(text.indexOf("Not enough evidence"));
    expect(text[at + 1]).toMatch(/^• (No repeated gap|Repeated gap)/);
    expect(text.some((line) => line.startsWith("• Gap between locations narrowing from 25 to 3 points over 12 weeks"))).toBe(true);
  });
});
