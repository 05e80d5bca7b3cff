import { assuranceLabel, nearlyEqualTolerance, specialCausePoints, variationLabelFor, xmrChart, xmrLimits } from "../../../src/core/stats";
import { statsErrorCode } from "./statsErrorCode";

// A1: NHSRplotthedots vignettes/deviations.Rmd.
const a1 = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1];
// A3: nhspy-plotthedots tests.
const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const piDigits = [3, 1, 4, 1, 5, 9, 2];
// A4: NHSRplotthedots tests of ptd_calculate_point_type.
const a4Trend = [2, 1, 2, 3, 4, 5, 6, 7, 3];

// Limits chosen by hand so that each rule can be tested on its own: two-sigma lines at +/-2, limits at +/-3.
const unitLimits = { mean: 0, lpl: -3, upl: 3, lowerTwoSigma: -2, upperTwoSigma: 2 };


describe("xmrLimits", () => {
  it("matches its JSDoc example", () => {
    expect(xmrLimits([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).upl).toBeCloseTo(8.16, 10);
  });

  it("gives the MDC limits of A1 without screening", () => {
    // NHSRplotthedots vignette "deviations": MDC mean 1.9444, LPL -3.0626, UPL 6.9515.
    const limits = xmrLimits(a1, { method: "MDC" });
    expect(limits.mean).toBeCloseTo(1.9444, 4);
    expect(limits.lpl).toBeCloseTo(-3.0626, 4);
    expect(limits.upl).toBeCloseTo(6.9515, 4);
  });

  it("gives the screened limits of A1 with PLOTTHEDOTS", () => {
    // NHSRplotthedots vignette "deviations": screened LPL -0.7156, UPL 4.6044.
    const limits = xmrLimits(a1, { method: "PLOTTHEDOTS" });
    expect(limits.mean).toBeCloseTo(1.9444, 4);
    expect(limits.lpl).toBeCloseTo(-0.7156, 4);
    expect(limits.upl).toBeCloseTo(4.6044, 4);
    expect(limits.movingRangeMean).toBeCloseTo(1, 12);
  });

  it.each(["MDC", "PLOTTHEDOTS"] as const)("gives the A3 limits for 1 to 10 with %s", (method) => {
    // nhspy-plotthedots: mean 5.5, LPL 2.84, UPL 8.16, two-sigma lines 3.72667 and 7.27333.
    const limits = xmrLimits(oneToTen, { method });
    expect(limits.mean).toBe(5.5);
    expect(limits.lpl).toBeCloseTo(2.84, 10);
    expect(limits.upl).toBeCloseTo(8.16, 10);
    expect(limits.lowerTwoSigma).toBeCloseTo(3.72667, 5);
    expect(limits.upperTwoSigma).toBeCloseTo(7.27333, 5);
    expect(limits.lowerOneSigma).toBeCloseTo(5.5 - 2.66 / 3, 10);
    expect(limits.upperOneSigma).toBeCloseTo(5.5 + 2.66 / 3, 10);
  });

  it.each(["MDC", "PLOTTHEDOTS"] as const)("gives the A3 limits for 3,1,4,1,5,9,2 with %s", (method) => {
    // nhspy-plotthedots: mean 3.571429, LPL -6.625238, UPL 13.768095 (no range is screened out).
    const limits = xmrLimits(piDigits, { method });
    expect(limits.mean).toBeCloseTo(3.571429, 6);
    expect(limits.lpl).toBeCloseTo(-6.625238, 6);
    expect(limits.upl).toBeCloseTo(13.768095, 6);
  });

  it("draws limits from the baseline only when a baseline length is given", () => {
    const limits = xmrLimits([1, 2, 1, 2, 100], { baselineLength: 4 });
    expect(limits.mean).toBe(1.5);
    expect(limits.movingRangeMean).toBe(1);
    expect(limits.baselinePoints).toBe(4);
  });

  it("collapses the limits onto the mean when every value is equal, under both methods", () => {
    for (const method of ["MDC", "PLOTTHEDOTS"] as const) {
      const limits = xmrLimits([3, 3, 3], { method });
      expect([limits.lpl, limits.mean, limits.upl]).toEqual([3, 3, 3]);
    }
  });

  it("gives a flat series its own value as the mean, despite rounding", () => {
    // 0.78 summed eight times and divided by 8 is 0.7800000000000001 in floating point; R's mean gives 0.78.
    expect(xmrLimits(Array(8).fill(0.78)).mean).toBe(0.78);
  });

  it("refuses fewer than 2 values", () => {
    expect(statsErrorCode(() => xmrLimits([5]))).toBe("insufficient-data");
    expect(() => xmrLimits([])).toThrow("XmR limits need at least 2 values; got 0.");
  });

  it("refuses values that are not finite numbers and bad baselines", () => {
    expect(statsErrorCode(() => xmrLimits([1, Number.NaN, 3]))).toBe("invalid-argument");
    expect(statsErrorCode(() => xmrLimits([1, 2, 3], { baselineLength: 1 }))).toBe("invalid-argument");
    expect(statsErrorCode(() => xmrLimits([1, 2, 3], { baselineLength: 2.5 }))).toBe("invalid-argument");
  });
});

describe("nearlyEqualTolerance", () => {
  it("matches its JSDoc example", () => {
    expect(nearlyEqualTolerance(0.78, 90)).toBeCloseTo(9e-9, 20);
  });

  it("is 0 for zeros and ignores infinities", () => {
    expect(nearlyEqualTolerance(0, 0)).toBe(0);
    expect(nearlyEqualTolerance(Number.POSITIVE_INFINITY, 1)).toBe(1e-10);
  });
});

describe("variationLabelFor", () => {
  it("matches its JSDoc example", () => {
    expect(variationLabelFor("low", "down")).toBe("Improvement (Low)");
  });

  it("uses the MDC wording for every side and direction", () => {
    // Making Data Count icon names (NHS England Making Data Count; NHSRplotthedots R/ptd_calculate_point_type.R).
    expect(variationLabelFor(null, "up")).toBe("Common Cause");
    expect(variationLabelFor("high", "up")).toBe("Improvement (High)");
    expect(variationLabelFor("low", "up")).toBe("Concern (Low)");
    expect(variationLabelFor("high", "down")).toBe("Concern (High)");
    expect(variationLabelFor("low", "down")).toBe("Improvement (Low)");
    expect(variationLabelFor("high", "neither")).toBe("Neither (High)");
    expect(variationLabelFor("low", "neither")).toBe("Neither (Low)");
  });
});

describe("specialCausePoints", () => {
  it("matches its JSDoc example", () => {
    const values = [1, 2, 3, 4, 5, 6, 7];
    expect(specialCausePoints(values, xmrLimits(values), { direction: "up" })[6].label).toBe("Improvement (High)");
  });

  it.each(["MDC", "PLOTTHEDOTS"] as const)("flags only the astronomical point 5 of A1 with %s", (method) => {
    // NHSRplotthedots vignette "deviations": point 5 (value 10) is the only special cause.
    const points = specialCausePoints(a1, xmrLimits(a1, { method }), { direction: "up", method });
    expect(points[4]).toEqual({ label: "Improvement (High)", rule: "astronomical", side: "high" });
    expect(points.filter((point) => point.rule !== null)).toHaveLength(1);
  });

  it.each(["MDC", "PLOTTHEDOTS"] as const)("flags the whole rising run of A4 as a trend with %s", (method) => {
    // NHSRplotthedots tests: on 2,1,2,3,4,5,6,7,3 points 2 to 8 are a trend; points 1 and 9 are not.
    const points = specialCausePoints(a4Trend, xmrLimits(a4Trend, { method }), { direction: "up", method });
    expect(points.map((point) => point.rule)).toEqual([null, "trend", "trend", "trend", "trend", "trend", "trend", "trend", null]);
    expect(points[1].label).toBe("Improvement (High)");
  });

  it("labels a falling trend as concern for up and improvement for down", () => {
    const falling = [9, 8, 7, 6, 5, 4, 3];
    const wide = { mean: 6, lpl: -100, upl: 100, lowerTwoSigma: -60, upperTwoSigma: 60 };
    expect(specialCausePoints(falling, wide, { direction: "up" })[0].label).toBe("Concern (Low)");
    expect(specialCausePoints(falling, wide, { direction: "down" })[6].label).toBe("Improvement (Low)");
    expect(specialCausePoints(falling, wide, { direction: "neither" })[3].label).toBe("Neither (Low)");
  });

  it("does not count six rising points or a run broken by equal neighbours as a trend", () => {
    const wide = { mean: 0, lpl: -100, upl: 100, lowerTwoSigma: -60, upperTwoSigma: 60 };
    expect(specialCausePoints([1, 2, 3, 4, 5, 6], wide, { direction: "up" }).some((p) => p.rule === "trend")).toBe(false);
    expect(specialCausePoints([1, 2, 3, 3, 4, 5, 6, 7], wide, { direction: "up" }).some((p) => p.rule === "trend")).toBe(false);
  });

  it.each(["MDC", "PLOTTHEDOTS"] as const)("flags points 3 and 4 of A4's two-of-three case with %s", (method) => {
    // NHSRplotthedots tests: points 3 and 4 beyond the upper two-sigma line, neighbours above the mean.
    const points = specialCausePoints([-1, 1, 2.5, 2.5, 1, -1], unitLimits, { direction: "up", method });
    expect(points.map((point) => point.rule)).toEqual([null, null, "two-of-three", "two-of-three", null, null]);
    expect(points[2].label).toBe("Improvement (High)");
  });

  it.each(["MDC", "PLOTTHEDOTS"] as const)("flags nothing when a neighbour in the window is below the mean, with %s", (method) => {
    // NHSRplotthedots tests: the same two points with neighbours below the mean are common cause.
    const points = specialCausePoints([1, -1, 2.5, 2.5, -1, 1], unitLimits, { direction: "up", method });
    expect(points.every((point) => point.label === "Common Cause")).toBe(true);
  });

  it("counts a point beyond the process limit towards two-of-three with MDC only", () => {
    // NHS England Making Data Count "SPC charts SQL query": MDC's change of November 2023.
    const values = [1, 3.5, 2.5, 1];
    const mdc = specialCausePoints(values, unitLimits, { direction: "up", method: "MDC" });
    const ptd = specialCausePoints(values, unitLimits, { direction: "up", method: "PLOTTHEDOTS" });
    expect(mdc.map((point) => point.rule)).toEqual([null, "astronomical", "two-of-three", null]);
    expect(ptd.map((point) => point.rule)).toEqual([null, "astronomical", null, null]);
  });

  it("flags a shift of seven points on one side and not six", () => {
    const seven = specialCausePoints([1, 1, 1, 1, 1, 1, 1, -1], unitLimits, { direction: "down" });
    expect(seven.slice(0, 7).every((point) => point.rule === "shift" && point.label === "Concern (High)")).toBe(true);
    expect(seven[7].rule).toBeNull();
    const six = specialCausePoints([1, 1, 1, 1, 1, 1, -1], unitLimits, { direction: "down" });
    expect(six.every((point) => point.rule === null)).toBe(true);
  });

  it("breaks a shift at a point exactly on the mean", () => {
    const points = specialCausePoints([1, 1, 1, 0, 1, 1, 1, 1], unitLimits, { direction: "up" });
    expect(points.every((point) => point.rule === null)).toBe(true);
  });

  it("applies the precedence astronomical > trend > two-of-three > shift", () => {
    // NHSRplotthedots precedence (NHS England Making Data Count; NHSRplotthedots R/ptd_calculate_point_type.R): a falling run above the mean is a trend (low).
    const wide = { mean: 0, lpl: -100, upl: 100, lowerTwoSigma: -60, upperTwoSigma: 60 };
    const points = specialCausePoints([7, 6, 5, 4, 3, 2, 1], wide, { direction: "up" });
    expect(points.every((point) => point.rule === "trend" && point.label === "Concern (Low)")).toBe(true);
    const withOutlier = specialCausePoints([1, 1, 1, 1, 1, 1, 4], unitLimits, { direction: "up" });
    expect(withOutlier[6].rule).toBe("astronomical");
    expect(withOutlier[0].rule).toBe("shift");
  });

  it.each(["MDC", "PLOTTHEDOTS"] as const)("reads a flat series as common cause with %s, whatever the rounding", (method) => {
    for (const level of [0.78, 0.96, 0.1, 87.3]) {
      const flat = Array(12).fill(level);
      const points = specialCausePoints(flat, xmrLimits(flat, { method }), { direction: "up", method });
      expect(points.every((point) => point.label === "Common Cause")).toBe(true);
    }
  });

  it("treats a point within rounding noise of the mean as on the mean", () => {
    const nearlyOnMean = [1, 1, 1, 1e-13, 1, 1, 1, 1];
    expect(specialCausePoints(nearlyOnMean, unitLimits, { direction: "up" }).every((point) => point.rule === null)).toBe(true);
  });

  it("refuses values that are not finite numbers", () => {
    expect(statsErrorCode(() => specialCausePoints([1, Number.POSITIVE_INFINITY], unitLimits, { direction: "up" }))).toBe(
      "invalid-argument",
    );
  });
});

describe("assuranceLabel", () => {
  it("matches its JSDoc example", () => {
    expect(assuranceLabel(4, { lpl: 5, upl: 7 }, "up")).toBe("Pass");
  });

  it.each(["MDC", "PLOTTHEDOTS"] as const)("gives the A4 assurance labels with %s", (method) => {
    // NHSRplotthedots tests: LPL (1, 5, 1), UPL (3, 7, 5), target 4.
    const limits = [
      { lpl: 1, upl: 3 },
      { lpl: 5, upl: 7 },
      { lpl: 1, upl: 5 },
    ];
    expect(limits.map((l) => assuranceLabel(4, l, "up", method))).toEqual(["Fail", "Pass", "Hit or Miss"]);
    expect(limits.map((l) => assuranceLabel(4, l, "down", method))).toEqual(["Pass", "Fail", "Hit or Miss"]);
  });

  it("counts a target exactly on a limit as beyond it with MDC and as hit or miss with PLOTTHEDOTS", () => {
    // NHS England Making Data Count "SPC charts SQL query" (MDC SQL v2.1).
    expect(assuranceLabel(5, { lpl: 5, upl: 7 }, "up", "MDC")).toBe("Pass");
    expect(assuranceLabel(5, { lpl: 5, upl: 7 }, "up", "PLOTTHEDOTS")).toBe("Hit or Miss");
    expect(assuranceLabel(7, { lpl: 5, upl: 7 }, "up", "MDC")).toBe("Fail");
    expect(assuranceLabel(7, { lpl: 5, upl: 7 }, "down", "MDC")).toBe("Pass");
    expect(assuranceLabel(7, { lpl: 5, upl: 7 }, "down", "PLOTTHEDOTS")).toBe("Hit or Miss");
  });

  it("counts a target within rounding noise of a limit as on it", () => {
    expect(assuranceLabel(0.9, { lpl: 0.9000000000000001, upl: 0.99 }, "up", "MDC")).toBe("Pass");
    expect(assuranceLabel(0.9, { lpl: 0.9000000000000001, upl: 0.99 }, "up", "PLOTTHEDOTS")).toBe("Hit or Miss");
    expect(assuranceLabel(0.99, { lpl: 0.9, upl: 0.9899999999999999 }, "up", "MDC")).toBe("Fail");
  });

  it("gives a pass when the limits collapse onto the target", () => {
    expect(assuranceLabel(90, { lpl: 90, upl: 90 }, "up", "MDC")).toBe("Pass");
    expect(assuranceLabel(90, { lpl: 90, upl: 90 }, "down", "MDC")).toBe("Pass");
  });

  it("gives no assurance for direction neither", () => {
    expect(assuranceLabel(4, { lpl: 1, upl: 3 }, "neither")).toBeNull();
  });

  it("refuses a target that is not a finite number", () => {
    expect(statsErrorCode(() => assuranceLabel(Number.NaN, { lpl: 1, upl: 3 }, "up"))).toBe("invalid-argument");
  });
});

describe("xmrChart", () => {
  it("matches its JSDoc example", () => {
    expect(xmrChart(a1, { direction: "up" }).pointLabels[4]).toBe("Improvement (High)");
  });

  it.each(["MDC", "PLOTTHEDOTS"] as const)("reads A1 with %s: point 5 improvement, the rest common cause", (method) => {
    // NHSRplotthedots vignette "deviations".
    const chart = xmrChart(a1, { direction: "up", method });
    expect(chart.pointLabels.filter((label) => label !== "Common Cause")).toEqual(["Improvement (High)"]);
    expect(chart.variation).toBe("Common Cause");
    expect(chart.assurance).toBeNull();
    expect(chart.provisional).toBe(false);
  });

  it("gives the variation of the last point and the assurance against a target", () => {
    const chart = xmrChart(a4Trend.slice(0, 8), { direction: "up", target: 20 });
    expect(chart.variation).toBe("Improvement (High)");
    expect(chart.assurance).toBe("Fail");
    expect(chart.provisional).toBe(true);
  });

  it("marks limits from fewer than 12 points as provisional", () => {
    expect(xmrChart(a1.slice(0, 11)).provisional).toBe(true);
    expect(xmrChart(a1.slice(0, 12)).provisional).toBe(false);
    expect(xmrChart(a1, { baselineLength: 6 }).provisional).toBe(true);
  });

  it("defaults to direction up and method MDC", () => {
    const chart = xmrChart(a1);
    expect(chart.upl).toBeCloseTo(6.9515, 4);
    expect(chart.pointLabels[4]).toBe("Improvement (High)");
  });

  it("refuses a single value", () => {
    expect(statsErrorCode(() => xmrChart([90]))).toBe("insufficient-data");
  });
});
