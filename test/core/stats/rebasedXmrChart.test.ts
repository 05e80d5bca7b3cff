import { rebasedXmrChart, xmrChart } from "../../../src/core/stats";

// NHSRplotthedots' rebase (R/ptd_spc_standard.R, R/ptd_calculate_point_type.R, v0.2.2): each part of
// the series gets its own mean, moving ranges and limits (`group_by(rebase_group)`; the first moving
// range of a part is NA), and the special-cause rules run within each part. The expected values below
// are derived by hand from those rules.
describe("rebasedXmrChart", () => {
  // A weak start (50, 60, 55) and a recovery from the fourth point (90, 92, 91, 93).
  const values = [50, 60, 55, 90, 92, 91, 93];

  it("draws the new limits from the points on and after the recovery start", () => {
    const chart = rebasedXmrChart(values, 3, { direction: "up", target: 85 });
    // New process: mean (90 + 92 + 91 + 93) / 4 = 91.5; moving ranges 2, 1, 2 -> mean 5/3;
    // limits 91.5 -/+ 2.66 x 5/3 = 87.0667 and 95.9333. The range 55 -> 90 belongs to neither part.
    expect(chart.rebaseIndex).toBe(3);
    expect(chart.mean).toBeCloseTo(91.5, 12);
    expect(chart.movingRangeMean).toBeCloseTo(5 / 3, 12);
    expect(chart.lpl).toBeCloseTo(91.5 - 2.66 * (5 / 3), 12);
    expect(chart.upl).toBeCloseTo(91.5 + 2.66 * (5 / 3), 12);
  });

  it("keeps the old limits for the points before it", () => {
    const chart = rebasedXmrChart(values, 3, { direction: "up", target: 85 });
    // Old process: mean 55; moving ranges 10, 5 -> 7.5; limits 55 -/+ 19.95.
    expect(chart.before?.mean).toBeCloseTo(55, 12);
    expect(chart.before?.lpl).toBeCloseTo(35.05, 10);
    expect(chart.before?.upl).toBeCloseTo(74.95, 10);
    expect(chart.pointLabels).toHaveLength(7);
    expect(chart.pointLabels.every((label) => label === "Common Cause")).toBe(true);
  });

  it("judges assurance on the new process, not on the weak start", () => {
    // Without the rebase: mean 531/7 = 75.857, moving ranges 10, 5, 35, 2, 1, 2 -> 55/6; the lower
    // limit 75.857 - 2.66 x 9.1667 = 51.47 is below the 85% target and the upper (100.24) above it: Hit or Miss.
    const whole = xmrChart(values, { direction: "up", target: 85 });
    expect(whole.lpl).toBeCloseTo(531 / 7 - 2.66 * (55 / 6), 10);
    expect(whole.assurance).toBe("Hit or Miss");
    // With it: the lower limit 87.07 is above the target: Pass.
    expect(rebasedXmrChart(values, 3, { direction: "up", target: 85 }).assurance).toBe("Pass");
  });

  it("is xmrChart when there is nothing to rebase", () => {
    const whole = xmrChart(values, { target: 85 });
    expect(rebasedXmrChart(values, null, { target: 85 })).toEqual({ ...whole, rebaseIndex: null, before: null });
    expect(rebasedXmrChart(values, 0, { target: 85 }).rebaseIndex).toBeNull();
    // A new process of one point has no moving range: no rebase.
    expect(rebasedXmrChart(values, 6, { target: 85 }).rebaseIndex).toBeNull();
  });

  it("shows a single earlier point without limits of its own", () => {
    const chart = rebasedXmrChart([40, 90, 92, 91], 1, { target: 85 });
    expect(chart.before).toBeNull();
    expect(chart.pointLabels[0]).toBe("Common Cause");
    expect(chart.mean).toBeCloseTo(91, 12);
  });

  it("runs the special-cause rules within each part", () => {
    // Seven rising points split 4 | 3 by the rebase: no run of 7 in either part, so no trend signal.
    const rising = [1, 2, 3, 4, 5, 6, 7];
    expect(xmrChart(rising).pointLabels[6]).toBe("Improvement (High)");
    expect(rebasedXmrChart(rising, 4).pointLabels.every((label) => label === "Common Cause")).toBe(true);
  });

  it("refuses a rebase point that is not a whole number", () => {
    expect(() => rebasedXmrChart(values, 2.5)).toThrow("whole number");
  });
});
