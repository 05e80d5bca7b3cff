import { gapTrend } from "../../../src/core/compare/gapTrend";
import { gapPoints, gapSlopePerWeek } from "../../../src/core/compare/variationOverTime";

describe("gapTrend", () => {
  it("gives the slope of the gap per week (its @example)", () => {
    // Team A scores 95 every week; Team B 70, 75, 80 in the weeks from 05/01/2026 (46027): gaps 25, 20, 15.
    const trend = gapTrend([95, 70, 95, 75, 95, 80], ["A", "B", "A", "B", "A", "B"], [46027, 46027, 46034, 46034, 46041, 46041], "week");
    expect(trend.slopePerWeek).toBeCloseTo(-5, 12);
    expect(trend.points.map((p) => [p.label, p.gap, p.best, p.worst])).toEqual([
      ["w/c 05/01/2026", 25, "A", "B"],
      ["w/c 12/01/2026", 20, "A", "B"],
      ["w/c 19/01/2026", 15, "A", "B"],
    ]);
  });

  it("refuses lists of different lengths", () => {
    expect(() => gapTrend([95, 70], ["A"], [46027, 46027])).toThrow("one group and one date for each score");
  });
});

describe("gapPoints and gapSlopePerWeek", () => {
  it("match their @examples", () => {
    expect(gapPoints([{ name: "A", series: [{ start: 0, label: "Wk 1", value: 0.9 }] }, { name: "B", series: [{ start: 0, label: "Wk 1", value: 0.65 }] }])[0].gap).toBeCloseTo(0.25, 10);
    expect(gapSlopePerWeek([{ start: 46027, gap: 0.25 }, { start: 46034, gap: 0.2 }, { start: 46041, gap: 0.15 }], true)).toBeCloseTo(-0.05, 10);
  });

  it("names the lowest group best when lower is better", () => {
    const [point] = gapPoints([{ name: "A", series: [{ start: 0, label: "Wk 1", value: 0.1 }] }, { name: "B", series: [{ start: 0, label: "Wk 1", value: 0.3 }] }], "down");
    expect([point.best, point.worst]).toEqual(["A", "B"]);
  });
});
