import {
  groupComparison,
  groupMeanGap,
  groupMoments,
  meanIntervalFromMoments,
  targetInScoreUnits,
} from "../../../src/core/stats";
import { statsErrorCode } from "./statsErrorCode";


describe("meanIntervalFromMoments", () => {
  it("matches its JSDoc example", () => {
    expect(meanIntervalFromMoments(3, 90, 200, 0.95).upper).toBeCloseTo(114.84, 2);
  });

  it("gives Excel's CONFIDENCE.T interval", () => {
    // 80, 90, 100: mean 90, squared deviations 200, STDEV.S 10; Excel: CONFIDENCE.T(0.05, 10, 3) = 24.8414.
    const interval = meanIntervalFromMoments(3, 90, 200, 0.95);
    expect(interval.standardDeviation).toBe(10);
    expect(interval.lower).toBeCloseTo(90 - 24.8414, 4);
    expect(interval.upper).toBeCloseTo(90 + 24.8414, 4);
  });
});

describe("groupMoments", () => {
  it("matches its JSDoc example", () => {
    expect(Array.from(groupMoments([80, 90, 70], ["A", "A", "B"]).means)).toEqual([85, 70]);
  });

  it("keeps groups in order of first appearance, beyond its initial capacity", () => {
    const names = Array.from({ length: 40 }, (_, i) => `Team ${i}`);
    const moments = groupMoments(names.map((_, i) => i), names);
    expect(moments.names).toEqual(names);
    expect(Array.from(moments.counts)).toEqual(names.map(() => 1));
    expect(moments.serviceMean).toBe(19.5);
  });

  it("refuses mismatched lists and no scores", () => {
    expect(statsErrorCode(() => groupMoments([1, 2], ["A"]))).toBe("mismatched-lengths");
    expect(statsErrorCode(() => groupMoments([], []))).toBe("insufficient-data");
  });
});

describe("groupComparison", () => {
  it("matches its JSDoc example", () => {
    expect(groupComparison([70, 74, 90, 94], ["B", "B", "A", "A"], { target: 80 }).groups.map((g) => g.group)).toEqual(["B", "A"]);
  });

  it("gives each group's interval, gap and status, worst first, and a service row", () => {
    // Team B: 70, 74 -> mean 72, t interval 72 -/+ 12.706 x 2 = 46.59 to 97.41 (t tables, 1 df).
    const scores = [95, 96, 97, 98, 99, 70, 74, 60, 61, 62, 63];
    const groups = ["A", "A", "A", "A", "A", "B", "B", "C", "C", "C", "C"];
    const comparison = groupComparison(scores, groups, { target: 90 });
    expect(comparison.groups.map((g) => g.group)).toEqual(["C", "B", "A"]);
    const [c, b, a] = comparison.groups;
    expect(a.status).toBe("Meets target");
    expect(b.status).toBe("Not yet clear");
    expect(c.status).toBe("Below target");
    expect(b.lower).toBeCloseTo(72 - 12.7062 * 2, 3);
    expect(b.upper).toBeCloseTo(72 + 12.7062 * 2, 3);
    const serviceMean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
    expect(a.gapToServiceMean).toBeCloseTo(97 - serviceMean, 10);
    expect(comparison.service).toMatchObject({ group: "Service", records: 11, gapToServiceMean: 0 });
    expect(comparison.service.mean).toBeCloseTo(serviceMean, 12);
  });

  it("orders highest first and mirrors the status for direction down", () => {
    const comparison = groupComparison([1, 2, 1, 9, 10, 9], ["Day", "Day", "Day", "Night", "Night", "Night"], {
      target: 5,
      direction: "down",
    });
    expect(comparison.groups.map((g) => [g.group, g.status])).toEqual([
      ["Night", "Below target"],
      ["Day", "Meets target"],
    ]);
  });

  it("orders by distance from the service mean and gives no status for direction neither", () => {
    const comparison = groupComparison([5, 5, 1, 1, 6, 6], ["A", "A", "B", "B", "C", "C"], { target: 4, direction: "neither" });
    expect(comparison.groups.map((g) => g.group)).toEqual(["B", "C", "A"]);
    expect(comparison.groups.every((g) => g.status === null)).toBe(true);
  });

  it("gives no interval and 'Not yet clear' for a group of one record, and no status without a target", () => {
    const withTarget = groupComparison([50, 95, 96], ["Solo", "A", "A"], { target: 90 });
    expect(withTarget.groups[0]).toMatchObject({ group: "Solo", lower: null, upper: null, status: "Not yet clear" });
    const withoutTarget = groupComparison([50, 95, 96], ["Solo", "A", "A"]);
    expect(withoutTarget.groups.every((g) => g.status === null)).toBe(true);
  });

  it("treats an interval touching the target as meeting it", () => {
    const comparison = groupComparison([90, 90, 90], ["A", "A", "A"], { target: 90 });
    expect(comparison.groups[0].status).toBe("Meets target");
  });

  it("keeps first appearance on tied means", () => {
    expect(groupComparison([80, 80], ["Second", "First"]).groups.map((g) => g.group)).toEqual(["Second", "First"]);
  });

  it("refuses bad options", () => {
    expect(statsErrorCode(() => groupComparison([1, 2], ["A", "B"], { confidence: 95 }))).toBe("invalid-argument");
    expect(statsErrorCode(() => groupComparison([1, 2], ["A", "B"], { target: Number.NaN }))).toBe("invalid-argument");
    expect(statsErrorCode(() => groupComparison([1, 2], ["A"]))).toBe("mismatched-lengths");
  });
});

describe("groupMeanGap", () => {
  it("matches its JSDoc example", () => {
    expect(groupMeanGap([80, 90, 70], ["A", "A", "B"]).gap).toBe(15);
  });

  it("names the highest and lowest groups", () => {
    const gap = groupMeanGap([0.9, 0.95, 0.7, 0.8, 0.85], ["A", "A", "B", "C", "C"]);
    expect(gap.highest).toEqual({ group: "A", mean: 0.925 });
    expect(gap.lowest).toEqual({ group: "B", mean: 0.7 });
    expect(gap.gap).toBeCloseTo(0.225, 12);
    expect(gap.groupCount).toBe(3);
  });

  it("refuses a single group", () => {
    expect(statsErrorCode(() => groupMeanGap([1, 2], ["A", "A"]))).toBe("insufficient-data");
    expect(() => groupMeanGap([1, 2], ["A", "A"])).toThrow("A gap between groups needs at least 2 groups; got 1.");
  });
});

describe("targetInScoreUnits", () => {
  it("matches its JSDoc example", () => {
    expect(targetInScoreUnits(90, [0.8, 0.95, 1])).toBe(0.9);
  });

  it("leaves the target alone when the scores are percentages or the target is a proportion", () => {
    expect(targetInScoreUnits(90, [80, 95])).toBe(90);
    expect(targetInScoreUnits(0.9, [0.8, 0.95])).toBe(0.9);
    expect(targetInScoreUnits(1, [0.8, 0.95])).toBe(1);
    expect(targetInScoreUnits(90, [0.8, 1.2])).toBe(90);
    expect(targetInScoreUnits(90, [])).toBe(90);
  });
});
