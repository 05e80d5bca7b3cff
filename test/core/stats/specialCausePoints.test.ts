import { specialCausePoints, xmrLimits } from "../../../src/core/stats";

describe("specialCausePoints", () => {
  it("matches its JSDoc example", () => {
    expect(specialCausePoints([1, 2, 3, 4, 5, 6, 7], xmrLimits([1, 2, 3, 4, 5, 6, 7]), { direction: "up" })[6].label).toBe("Improvement (High)");
  });

  // Five swinging points widen the limits (no trend among them: the steps alternate), then a peak
  // shared by two seven-point runs: 1 rising to 7 (points 6 to 12), 7 falling to 1 (points 12 to 18).
  const values = [4, 0, 8, 0, 8, 1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1];
  const peak = 11;

  it("keeps the side of the run that ends at a shared peak under MDC", () => {
    const points = specialCausePoints(values, xmrLimits(values), { direction: "up", method: "MDC" });
    expect(points[peak]).toEqual({ label: "Improvement (High)", rule: "trend", side: "high" });
    expect(points[peak + 1]).toEqual({ label: "Concern (Low)", rule: "trend", side: "low" });
  });

  it("labels a shared peak by the step to its right under PLOTTHEDOTS, as NHSRplotthedots does", () => {
    // NHSRplotthedots v0.2.2 R/ptd_calculate_point_type.R: "NHSRplotthedots labels it by the step to its right (its code says so)".
    const points = specialCausePoints(values, xmrLimits(values, { method: "PLOTTHEDOTS" }), { direction: "up", method: "PLOTTHEDOTS" });
    expect(points[peak]).toEqual({ label: "Concern (Low)", rule: "trend", side: "low" });
    expect(points[peak - 1]).toEqual({ label: "Improvement (High)", rule: "trend", side: "high" });
  });

  it("collapses the limits of a flat series onto the mean and flags nothing on it", () => {
    // The flat-series convention (README): every moving range zero gives LPL = mean = UPL.
    const flat = [0.95, 0.95, 0.95, 0.95];
    const limits = xmrLimits(flat);
    expect([limits.lpl, limits.mean, limits.upl]).toEqual([0.95, 0.95, 0.95]);
    expect(specialCausePoints(flat, limits, { direction: "up" }).map((p) => p.label)).toEqual(["Common Cause", "Common Cause", "Common Cause", "Common Cause"]);
  });
});
