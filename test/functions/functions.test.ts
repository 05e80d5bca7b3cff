import * as functions from "../../src/functions/functions";
import {
  assurance,
  belowTarget,
  compare,
  funnel,
  onTrack,
  passRate,
  spc,
  spcPoints,
  trend,
  variation,
  weeksToTarget,
  wilson,
} from "../../src/functions/functions";

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

// Weekly dates from Tuesday 3 March 2026 (Excel =DATE(2026,3,3) is 46084).
const week = (n: number): number => 46084 + 7 * n;

// A1: NHSRplotthedots vignettes/deviations.Rmd.
const a1 = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1];

describe("functions.ts", () => {
  it("exports exactly the thirteen custom functions, since the metadata plugin reads every export", () => {
    expect(Object.keys(functions).sort()).toEqual(
      ["assurance", "belowTarget", "compare", "funnel", "gapTrend", "onTrack", "passRate", "spc", "spcPoints", "trend", "variation", "weeksToTarget", "wilson"].sort(),
    );
  });
});

describe("variation", () => {
  it("gives the gap between the highest and lowest group mean", () => {
    expect(variation(column(80, 90, 70), column("A", "A", "B"))).toBe(15);
  });

  it("answers in the scores' units", () => {
    expect(variation(column(0.8, 0.9, 0.7), column("A", "A", "B"))).toBeCloseTo(0.15, 12);
  });

  it("skips blank, null, empty-string and N/A cells with their partners, and 0 beside a blank group", () => {
    const scores = column(80, null, "", 0, 90, 70, 0, "N/A", 0);
    const groups = column("A", "A", "B", null, "A", "B", "", "B", 0);
    expect(variation(scores, groups)).toBe(15);
  });

  it("keeps a genuine 0 beside a real group", () => {
    expect(variation(column(0, 100), column("A", "B"))).toBe(100);
  });

  it("reads numbers stored as text and merges groups that differ only in case or spacing", () => {
    expect(variation(column("80", " 90 ", "1,000"), column("Team A", "team a ", "Team  B"))).toBe(915);
  });

  it("accepts rows and two-dimensional ranges of the same size", () => {
    expect(variation([[80, 90, 70]], [["A", "A", "B"]])).toBe(15);
    expect(variation([[80, 90], [70, 60]], [["A", "A"], ["B", "B"]])).toBe(20);
  });

  it("gives #N/A with a message when there is only one group", () => {
    expect(errorOf(() => variation(column(80, 90), column("A", "A")))).toEqual({
      code: "#N/A",
      message: "CQC.VARIATION needs at least 2 groups with a score; found 1 (blank and N/A cells are skipped).",
    });
  });

  it("gives #VALUE! with a message for ranges of different sizes", () => {
    expect(errorOf(() => variation(column(80, 90, 70), column("A", "B")))).toEqual({
      code: "#VALUE!",
      message: "CQC.VARIATION: scores and groups must be the same size; scores is 3 rows by 1 column and groups is 2 rows by 1 column.",
    });
  });

  it("gives #VALUE! naming the argument and row for a score that is not a number", () => {
    expect(errorOf(() => variation(column(80, "abc"), column("A", "B")))).toEqual({
      code: "#VALUE!",
      message: 'CQC.VARIATION: scores, row 2: "abc" is not a number',
    });
  });

  it("gives #VALUE! for an Excel error in a group cell", () => {
    expect(errorOf(() => variation(column(80, 90), column("#REF!", "B")))).toEqual({
      code: "#VALUE!",
      message: "CQC.VARIATION: groups, row 1: the cell holds the error #REF!",
    });
  });
});

describe("compare", () => {
  const scores = column(95, 96, 97, 98, 99, 70, 74, 60, 61, 62, 63);
  const groups = column("A", "A", "A", "A", "A", "B", "B", "C", "C", "C", "C");

  it("spills a header, one row per group worst first, and a Service row", () => {
    const table = compare(scores, groups, 90);
    expect(table[0]).toEqual(["Group", "Records", "Mean", "Lower 95%", "Upper 95%", "Gap to service mean", "Status"]);
    expect(table.slice(1).map((row) => [row[0], row[1], row[6]])).toEqual([
      ["C", 4, "Below target"],
      ["B", 2, "Not yet clear"],
      ["A", 5, "Meets target"],
      ["Service", 11, "Not yet clear"],
    ]);
    // Team B: 70 and 74, mean 72 -/+ t(0.975, 1) x 2 = 12.7062 x 2 (t tables).
    expect(table[2][2]).toBe(72);
    expect(table[2][3]).toBeCloseTo(72 - 2 * 12.7062, 3);
    expect(table[2][4]).toBeCloseTo(72 + 2 * 12.7062, 3);
    expect(table[4][5]).toBe(0);
  });

  it("gives the same statuses for proportions with the target typed as a percentage", () => {
    const proportions = scores.map(([score]) => [score / 100]);
    const inPercent = compare(scores, groups, 90).map((row) => row[6]);
    expect(compare(proportions, groups, 90).map((row) => row[6])).toEqual(inPercent);
    expect(compare(proportions, groups, 0.9).map((row) => row[6])).toEqual(inPercent);
  });

  it("orders highest first for direction down", () => {
    const table = compare(column(1, 2, 9, 10), column("Day", "Day", "Night", "Night"), 5, "down");
    expect(table.slice(1, 3).map((row) => row[0])).toEqual(["Night", "Day"]);
  });

  it("shows blank statuses without a target and blank bounds for a group of one", () => {
    const table = compare(column(50, 95, 96), column("Solo", "A", "A"), null as unknown as number, null as unknown as string);
    expect(table[1]).toEqual(["Solo", 1, 50, "", "", 50 - (50 + 95 + 96) / 3, ""]);
    expect(table.flat().includes(null)).toBe(false);
  });

  it("gives #N/A when no score has a group", () => {
    expect(errorOf(() => compare(column(null, ""), column("A", null)))).toEqual({
      code: "#N/A",
      message: "CQC.COMPARE needs at least 1 score with a group; found 0 (blank and N/A cells are skipped).",
    });
  });

  it("gives #VALUE! for an unknown direction and a target that is not a number", () => {
    expect(errorOf(() => compare(scores, groups, 90, "sideways"))).toEqual({
      code: "#VALUE!",
      message: 'CQC.COMPARE: direction: "sideways" is not a direction; use "up" (higher is better), "down" or "neither".',
    });
    expect(errorOf(() => compare(scores, groups, "high" as unknown as number))).toEqual({
      code: "#VALUE!",
      message: 'CQC.COMPARE: target: "high" is not a number.',
    });
  });
});

describe("trend", () => {
  it("gives the least-squares slope in points per week", () => {
    expect(trend(column(70, 72, 74), column(week(0), week(1), week(2)))).toBeCloseTo(2, 12);
  });

  it("reads dates as serials, dd/mm/yyyy text and Date objects", () => {
    const dates = column("03/03/2026", new Date(Date.UTC(2026, 2, 10)), "17 Mar 2026");
    expect(trend(column(70, 72, 74), dates)).toBeCloseTo(2, 12);
  });

  it("skips a score beside a blank or 0 date and keeps a 0 score beside a real date", () => {
    expect(trend(column(70, 72, 99, 99, 74), column(week(0), week(1), null, 0, week(2)))).toBeCloseTo(2, 12);
    // 0, 0, 6 at weeks 0, 1, 2: slope 3 a week (Excel SLOPE x 7).
    expect(trend(column(0, 0, 6), column(week(0), week(1), week(2)))).toBeCloseTo(3, 12);
  });

  it("gives #VALUE! naming the row of a date that is not a date", () => {
    expect(errorOf(() => trend(column(70, 72, 74, 75), column(week(0), week(1), week(2), "next week")))).toEqual({
      code: "#VALUE!",
      message: 'CQC.TREND: dates, row 4: "next week" is not a date (use a date or dd/mm/yyyy)',
    });
  });

  it("gives #N/A with too few dated scores or a single date", () => {
    expect(errorOf(() => trend(column(70, 72), column(week(0), null)))).toEqual({
      code: "#N/A",
      message: "CQC.TREND needs at least 2 scores with a date; found 1 (blank and N/A cells are skipped).",
    });
    expect(errorOf(() => trend(column(70, 72), column(week(0), week(0))))).toEqual({
      code: "#N/A",
      message: "CQC.TREND: A trend needs values on at least 2 different dates; every date is the same.",
    });
  });
});

describe("weeksToTarget", () => {
  const dates = column(week(0), week(1), week(2));

  it("gives the weeks until the trend line reaches the target", () => {
    expect(weeksToTarget(column(70, 72, 74), dates, 80)).toBeCloseTo(3, 12);
  });

  it("gives 0 when the trend line is already there", () => {
    expect(weeksToTarget(column(70, 72, 74), dates, 74)).toBe(0);
  });

  it("reads a percentage target against proportions", () => {
    expect(weeksToTarget(column(0.7, 0.72, 0.74), dates, 80)).toBeCloseTo(3, 10);
  });

  it("follows direction down", () => {
    expect(weeksToTarget(column(10, 8, 6), dates, 2, "down")).toBeCloseTo(2, 12);
  });

  it("gives #N/A with a message when the trend is flat or moving away", () => {
    expect(errorOf(() => weeksToTarget(column(70, 70, 70), dates, 80))).toEqual({
      code: "#N/A",
      message: "CQC.WEEKSTOTARGET: The trend is flat, so it never reaches the target of 80.",
    });
    expect(errorOf(() => weeksToTarget(column(74, 72, 70), dates, 80))).toEqual({
      code: "#N/A",
      message: "CQC.WEEKSTOTARGET: The trend is falling 2 a week, away from the target of 80.",
    });
  });

  it("gives #VALUE! when the target is missing", () => {
    expect(errorOf(() => weeksToTarget(column(70, 72, 74), dates, null as unknown as number))).toEqual({
      code: "#VALUE!",
      message: "CQC.WEEKSTOTARGET: target is missing.",
    });
  });
});

describe("onTrack", () => {
  const dates = column(week(0), week(1), week(2));
  const scores = column(70, 72, 74);

  it("says Met, On track or Off track", () => {
    expect(onTrack(scores, dates, 74, week(2))).toBe("Met");
    expect(onTrack(scores, dates, 80, week(5))).toBe("On track");
    expect(onTrack(scores, dates, 80, week(5) - 1)).toBe("Off track");
    expect(onTrack(column(74, 72, 70), dates, 80, week(50))).toBe("Off track");
  });

  it("reads the deadline as a serial, dd/mm/yyyy text or a Date", () => {
    // week(5) is Tuesday 7 April 2026.
    expect(onTrack(scores, dates, 80, "07/04/2026")).toBe("On track");
    expect(onTrack(scores, dates, 80, new Date(Date.UTC(2026, 3, 6)))).toBe("Off track");
  });

  it("gives #VALUE! for a deadline that is not a date or is missing", () => {
    expect(errorOf(() => onTrack(scores, dates, 80, "soon"))).toEqual({
      code: "#VALUE!",
      message: 'CQC.ONTRACK: deadline: "soon" is not a date (use a date or dd/mm/yyyy)',
    });
    expect(errorOf(() => onTrack(scores, dates, 80, null))).toEqual({
      code: "#VALUE!",
      message: "CQC.ONTRACK: deadline is missing.",
    });
  });
});

describe("spc", () => {
  it("gives the A1 row with MDC (no screening)", () => {
    // NHSRplotthedots vignette "deviations": mean 1.9444, LPL -3.0626, UPL 6.9515; last point common cause.
    const [[mean, lpl, upl, variationLabel, assuranceText]] = spc(column(...a1));
    expect(mean).toBeCloseTo(1.9444, 4);
    expect(lpl).toBeCloseTo(-3.0626, 4);
    expect(upl).toBeCloseTo(6.9515, 4);
    expect([variationLabel, assuranceText]).toEqual(["Common Cause", ""]);
  });

  it("gives the A1 row with PLOTTHEDOTS (screened)", () => {
    // NHSRplotthedots vignette "deviations": LPL -0.7156, UPL 4.6044.
    const [[, lpl, upl]] = spc(column(...a1), "up", null as unknown as number, "PLOTTHEDOTS");
    expect(lpl).toBeCloseTo(-0.7156, 4);
    expect(upl).toBeCloseTo(4.6044, 4);
  });

  it.each(["MDC", "PLOTTHEDOTS"])("gives the A3 rows with %s", (method) => {
    // nhspy-plotthedots: 1..10 -> mean 5.5, LPL 2.84, UPL 8.16; 3,1,4,1,5,9,2 -> 3.571429, -6.625238, 13.768095.
    const [[mean, lpl, upl, label]] = spc([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]], "up", null as unknown as number, method);
    expect([mean, lpl, upl].map((x) => Number((x as number).toFixed(6)))).toEqual([5.5, 2.84, 8.16]);
    expect(label).toBe("Improvement (High)");
    const [[mean2, lpl2, upl2]] = spc(column(3, 1, 4, 1, 5, 9, 2), "up", null as unknown as number, method);
    expect([mean2, lpl2, upl2].map((x) => Number((x as number).toFixed(6)))).toEqual([3.571429, -6.625238, 13.768095]);
  });

  it("gives the assurance label, reading a percentage target against proportions", () => {
    const proportions = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
    expect(spc(column(...proportions), "up", 95)[0][4]).toBe("Fail");
    expect(spc(column(...proportions.map((p) => p * 100)), "up", 95)[0][4]).toBe("Fail");
    expect(spc(column(...proportions), "up", 50)[0][4]).toBe("Hit or Miss");
    expect(spc(column(...proportions), "neither", 50)[0][4]).toBe("");
  });

  it("skips blank, empty and N/A cells but keeps 0 as a value", () => {
    expect(spc(column(1, null, 2, "", 1, "N/A", 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1))[0][0]).toBeCloseTo(a1.reduce((s, x) => s + x, 0) / 18, 10);
    expect(spc(column(0, 2))[0][0]).toBe(1);
  });

  it("gives #N/A with a message when there are fewer than 2 values", () => {
    expect(errorOf(() => spc(column(90, null, "")))).toEqual({
      code: "#N/A",
      message: "CQC.SPC needs at least 2 values; found 1 (blank and N/A cells are skipped).",
    });
  });

  it("gives #VALUE! for an unknown method or a value that is not a number", () => {
    expect(errorOf(() => spc(column(1, 2), "up", null as unknown as number, "XYZ"))).toEqual({
      code: "#VALUE!",
      message: 'CQC.SPC: method: "XYZ" is not a method; use "MDC" or "PLOTTHEDOTS".',
    });
    expect(errorOf(() => spc([[1, 2, "high"]]))).toEqual({
      code: "#VALUE!",
      message: 'CQC.SPC: values, column 3: "high" is not a number',
    });
    expect(errorOf(() => spc(column(1, true)))).toEqual({
      code: "#VALUE!",
      message: "CQC.SPC: values, row 2: TRUE is not a number",
    });
  });
});

describe("spcPoints", () => {
  it.each(["MDC", "PLOTTHEDOTS"])("labels A1 with %s: point 5 improvement, the rest common cause", (method) => {
    // NHSRplotthedots vignette "deviations".
    const labels = spcPoints(column(...a1), "up", method).map(([label]) => label);
    expect(labels[4]).toBe("Improvement (High)");
    expect(labels.filter((label) => label === "Common Cause")).toHaveLength(17);
  });

  it.each(["MDC", "PLOTTHEDOTS"])("flags the whole A4 trend with %s", (method) => {
    // NHSRplotthedots tests: on 2,1,2,3,4,5,6,7,3 points 2 to 8 are a trend; points 1 and 9 are not.
    const labels = spcPoints(column(2, 1, 2, 3, 4, 5, 6, 7, 3), "down", method).map(([label]) => label);
    expect(labels).toEqual(["Common Cause", ...Array(7).fill("Concern (High)"), "Common Cause"]);
  });

  it("keeps one row per input cell, with blank for skipped cells", () => {
    const labels = spcPoints(column(1, null, 2, "", 1, 2, 1, 2, 1)).map(([label]) => label);
    expect(labels).toHaveLength(9);
    expect(labels[1]).toBe("");
    expect(labels[3]).toBe("");
    expect(labels[0]).toBe("Common Cause");
  });

  it("gives #N/A with a message when there are fewer than 2 values", () => {
    expect(errorOf(() => spcPoints(column(1)))).toEqual({
      code: "#N/A",
      message: "CQC.SPCPOINTS needs at least 2 values; found 1 (blank and N/A cells are skipped).",
    });
  });
});

describe("assurance", () => {
  const oneToTen = column(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

  it.each(["MDC", "PLOTTHEDOTS"])("mirrors the A4 assurance cases with %s on 1 to 10 (LPL 2.84, UPL 8.16)", (method) => {
    // NHSRplotthedots R/ptd_calculate_assurance_type.R: target below LPL passes for up, above UPL fails; down mirrors.
    expect([2, 9, 5].map((target) => assurance(oneToTen, target, "up", method))).toEqual(["Pass", "Fail", "Hit or Miss"]);
    expect([2, 9, 5].map((target) => assurance(oneToTen, target, "down", method))).toEqual(["Fail", "Pass", "Hit or Miss"]);
  });

  it("counts a target on a limit as beyond it with MDC and as hit or miss with PLOTTHEDOTS", () => {
    // NHS England Making Data Count "SPC charts SQL query": limits collapse to 5 on 5, 5, 5.
    expect(assurance(column(5, 5, 5), 5, "up", "MDC")).toBe("Pass");
    expect(assurance(column(5, 5, 5), 5, "up", "PLOTTHEDOTS")).toBe("Hit or Miss");
  });

  it("reads a percentage target against proportions", () => {
    expect(assurance(column(0.96, 0.97, 0.96, 0.97), 90)).toBe("Pass");
  });

  it("gives #N/A for direction neither and #VALUE! for a missing target", () => {
    expect(errorOf(() => assurance(oneToTen, 5, "neither"))).toEqual({
      code: "#N/A",
      message: 'CQC.ASSURANCE: direction "neither" has no assurance; use "up" (higher is better) or "down".',
    });
    expect(errorOf(() => assurance(oneToTen, null as unknown as number))).toEqual({
      code: "#VALUE!",
      message: "CQC.ASSURANCE: target is missing.",
    });
  });
});

describe("wilson", () => {
  it("gives the reference intervals", () => {
    // Wilson 1927, JASA 22:209: 12/12 -> 75.8% to 100%; 11/12 -> 64.6% to 98.5%.
    const [[lower, upper]] = wilson(12, 12);
    expect([Number(lower.toFixed(3)), upper]).toEqual([0.758, 1]);
    const [[lower2, upper2]] = wilson(11, 12, null as unknown as number);
    expect([Number(lower2.toFixed(3)), Number(upper2.toFixed(3))]).toEqual([0.646, 0.985]);
  });

  it("reads a confidence of 95 as 95%", () => {
    expect(wilson(11, 12, 95)).toEqual(wilson(11, 12, 0.95));
  });

  it("gives #VALUE! for impossible counts and confidence levels", () => {
    expect(errorOf(() => wilson(13, 12))).toEqual({
      code: "#VALUE!",
      message: "CQC.WILSON: The number of successes (13) cannot be more than the number of trials (12).",
    });
    expect(errorOf(() => wilson(1.5, 12))).toEqual({
      code: "#VALUE!",
      message: "CQC.WILSON: successes: 1.5 is not a whole number of 0 or more.",
    });
    expect(errorOf(() => wilson(5, 12, 150))).toEqual({
      code: "#VALUE!",
      message: "CQC.WILSON: confidence: 150 is not a confidence level; use a value such as 0.95 or 95%.",
    });
  });

  it("gives #N/A with no trials", () => {
    expect(errorOf(() => wilson(0, 0))).toEqual({
      code: "#N/A",
      message: "CQC.WILSON: A Wilson interval needs at least 1 trial; got 0.",
    });
  });
});

describe("funnel", () => {
  it("gives the limits for a unit of size n", () => {
    // 0.9 -/+ 1.959964 x sqrt(0.9 x 0.1 / 100) (Spiegelhalter 2005, Stat Med 24:1185).
    const [[lower, upper]] = funnel(0.9, 100);
    expect(lower).toBeCloseTo(0.8412, 4);
    expect(upper).toBeCloseTo(0.9588, 4);
  });

  it("answers in percentages when the target is a percentage", () => {
    const [[lower, upper]] = funnel(90, 100);
    expect(lower).toBeCloseTo(84.12, 2);
    expect(upper).toBeCloseTo(95.88, 2);
  });

  it("uses z = 3.090232 at 99.8%", () => {
    expect(funnel(0.9, 100, 0.998)[0][0]).toBeCloseTo(0.9 - 3.090232 * 0.03, 6);
  });

  it("gives #VALUE! for a unit size that is not positive", () => {
    expect(errorOf(() => funnel(0.9, 0))).toEqual({
      code: "#VALUE!",
      message: "CQC.FUNNEL: n: 0 is not a positive number of records.",
    });
  });
});

describe("belowTarget", () => {
  const scores = column(95, 97, 70, 74, 60, 62);
  const groups = column("A", "A", "B", "B", "C", "C");

  it("lists the groups whose mean is below target, worst first", () => {
    expect(belowTarget(scores, groups, 90)).toEqual([["C"], ["B"]]);
  });

  it("says None when every group meets the target", () => {
    expect(belowTarget(scores, groups, 50)).toEqual([["None"]]);
  });

  it("reads a percentage target against proportions", () => {
    expect(belowTarget(scores.map(([s]) => [s / 100]), groups, 90)).toEqual([["C"], ["B"]]);
  });

  it("lists the groups above target for direction down", () => {
    expect(belowTarget(scores, groups, 65, "down")).toEqual([["A"], ["B"]]);
  });

  it("gives #VALUE! for direction neither", () => {
    expect(errorOf(() => belowTarget(scores, groups, 90, "neither"))).toEqual({
      code: "#VALUE!",
      message: 'CQC.BELOWTARGET: direction "neither" has no wrong side of the target; use "up" (higher is better) or "down".',
    });
  });
});

describe("passRate", () => {
  it("gives Yes / (Yes + No), leaving out N/A and blanks", () => {
    expect(passRate(column("Yes", "No", "N/A", null, "", "yes"))).toBe(2 / 3);
  });

  it("accepts every usual spelling, booleans, 1/0 and counts in a two-dimensional range", () => {
    const items = [
      ["Y", "N", "Pass", "Fail"],
      ["Met", "Not met", true, false],
      [1, 0, "Compliant", "7/8"],
    ];
    // 6 passes of 11 answers, plus 7 of 8: 13 / 19.
    expect(passRate(items)).toBe(13 / 19);
  });

  it("gives #N/A when every answer is N/A or blank", () => {
    expect(errorOf(() => passRate(column("N/A", null, "")))).toEqual({
      code: "#N/A",
      message: "CQC.PASSRATE needs at least 1 Yes or No answer; found 0 (blank and N/A cells are skipped).",
    });
  });

  it("gives #VALUE! naming the position of an answer it cannot read", () => {
    expect(errorOf(() => passRate([["Yes", "No"], ["Yes", "maybe"]]))).toEqual({
      code: "#VALUE!",
      message: 'CQC.PASSRATE: items, row 2, column 2: "maybe" is not an answer (use Yes, No or N/A, or a count such as 7/8)',
    });
  });
});
