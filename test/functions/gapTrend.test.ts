import { gapTrend, spc } from "../../src/functions/functions";

/** A single-column range, as Excel passes one. */
const column = (...values: unknown[]): any[][] => values.map((value) => [value]);

/** The CustomFunctions.Error a call throws, as { code, message }; the jest stub keeps both. */
function errorOf(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
  throw new Error("expected the call to throw");
}

// Mondays from 05/01/2026 (Excel =DATE(2026,1,5) is 46027).
const monday = (week: number) => 46027 + 7 * week;

describe("gapTrend", () => {
  it("gives the slope of the best-to-worst gap per week, as a hand calculation does", () => {
    // Team A: 95, 95, 95, 95; Team B: 70, 80, 85, 93 (two records in week 3: 84 and 86 average 85).
    // Gaps: 25, 15, 10, 2 points at weeks x = 0, 1, 2, 3. Mean x 1.5, mean gap 13;
    // Sxy = (-1.5)(12) + (-0.5)(2) + (0.5)(-3) + (1.5)(-11) = -37; Sxx = 2.25 + 0.25 + 0.25 + 2.25 = 5;
    // slope = -37 / 5 = -7.4 points a week.
    const scores = column(95, 70, 95, 80, 95, 84, 86, 95, 93);
    const groups = column("Team A", "Team B", "Team A", "Team B", "Team A", "Team B", "team b", "Team A", "Team B");
    const dates = column(monday(0), monday(0), monday(1), monday(1) + 2, monday(2), monday(2), monday(2) + 3, monday(3), monday(3) + 1);
    expect(gapTrend(scores, groups, dates, "week")).toBeCloseTo(-7.4, 10);
  });

  it("answers in the scores' units", () => {
    const proportions = column(0.95, 0.7, 0.95, 0.8, 0.95, 0.85);
    const groups = column("A", "B", "A", "B", "A", "B");
    const dates = column(monday(0), monday(0), monday(1), monday(1), monday(2), monday(2));
    // Gaps 0.25, 0.15, 0.10 at weeks 0, 1, 2: slope (-1 x 0.0833 + 1 x -0.0667) / 2 = -0.075 a week.
    expect(gapTrend(proportions, groups, dates, "weekly")).toBeCloseTo(-0.075, 12);
  });

  it("skips rows with a blank date, group or score", () => {
    const scores = column(95, 70, 95, 80, 50, 95, 85);
    const groups = column("A", "B", "A", "B", "B", "A", "B");
    const dates = column(monday(0), monday(0), monday(1), monday(1), "", monday(2), monday(2));
    // Gaps 25, 15, 10 at weeks 0, 1, 2: slope -7.5.
    expect(gapTrend(scores, groups, dates, "week")).toBeCloseTo(-7.5, 10);
  });

  it("says why it cannot answer with one group or one period", () => {
    expect(errorOf(() => gapTrend(column(90, 80), column("A", "A"), column(monday(0), monday(1)), "week")).message).toBe("CQC.GAPTREND needs at least 2 groups with a score and a date; found 1 (blank and N/A cells are skipped).");
    expect(errorOf(() => gapTrend(column(90, 80), column("A", "B"), column(monday(0), monday(0)), "week")).message).toBe("CQC.GAPTREND: A gap trend needs at least 2 weeks in which two or more groups have scores; got 1.");
    expect(errorOf(() => gapTrend(column(90, 80), column("A", "B"), column(monday(0), monday(0)), "daily")).message).toBe('CQC.GAPTREND: period: "daily" is not a period; use "week", "fortnight" or "month".');
  });
});

describe("spc with a recovery start", () => {
  // A weak start (50, 60, 55) and, from the fourth value, a recovery (90, 92, 91, 93): see
  // test/core/stats/rebasedXmrChart.test.ts for the hand calculation.
  const values = column(50, 60, 55, 90, 92, 91, 93);

  it("draws the limits from the recovery start and judges assurance on the new process", () => {
    const [[mean, lower, upper, variationLabel, assuranceLabel]] = spc(values, "up", 85, "MDC", 4);
    expect(mean).toBeCloseTo(91.5, 10);
    expect(lower).toBeCloseTo(91.5 - 2.66 * (5 / 3), 10);
    expect(upper).toBeCloseTo(91.5 + 2.66 * (5 / 3), 10);
    expect([variationLabel, assuranceLabel]).toEqual(["Common Cause", "Pass"]);
    expect(spc(values, "up", 85)[0][4]).toBe("Hit or Miss");
  });

  it("refuses a recovery start that leaves fewer than 2 values", () => {
    expect(errorOf(() => spc(values, "up", 85, "MDC", 7)).message).toBe("CQC.SPC: recoveryStart must be the position of a value from 1 to 6, leaving at least 2 values from there on; got 7.");
  });
});
