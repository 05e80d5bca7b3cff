import { linearTrend, onTrackStatus, weeksToTarget } from "../../../src/core/stats";
import { statsErrorCode } from "./statsErrorCode";


// Weekly dates from Tuesday 3 March 2026 (Excel =DATE(2026,3,3) is 46084).
const weekly = [46084, 46091, 46098];

describe("linearTrend", () => {
  it("matches its JSDoc example", () => {
    expect(linearTrend(weekly, [70, 72, 74]).slopePerWeek).toBeCloseTo(2, 12);
  });

  it("agrees with Excel's SLOPE and INTERCEPT", () => {
    // Excel: SLOPE({71,70,75,74},{46084,46091,46098,46105}) = 0.2 a day (1.4 a week);
    // INTERCEPT = 72.5 - 0.2 x 46094.5 = -9146.4.
    const trend = linearTrend([46084, 46091, 46098, 46105], [71, 70, 75, 74]);
    expect(trend.slopePerWeek).toBeCloseTo(1.4, 10);
    expect(trend.intercept).toBeCloseTo(-9146.4, 6);
    expect(trend.latestDate).toBe(46105);
    expect(trend.fittedAtLatest).toBeCloseTo(74.6, 8);
    expect(trend.n).toBe(4);
  });

  it("does not depend on the order of the points", () => {
    const ordered = linearTrend(weekly, [70, 72, 74]);
    const shuffled = linearTrend([46098, 46084, 46091], [74, 70, 72]);
    expect(shuffled.slopePerWeek).toBeCloseTo(ordered.slopePerWeek, 12);
    expect(shuffled.latestDate).toBe(46098);
  });

  it("refuses fewer than 2 points, a single date and mismatched lists", () => {
    expect(statsErrorCode(() => linearTrend([46084], [70]))).toBe("insufficient-data");
    expect(statsErrorCode(() => linearTrend([46084, 46084], [70, 80]))).toBe("insufficient-data");
    expect(statsErrorCode(() => linearTrend([46084, 46091], [70]))).toBe("mismatched-lengths");
    expect(statsErrorCode(() => linearTrend([46084, Number.NaN], [70, 71]))).toBe("invalid-argument");
  });
});

describe("weeksToTarget", () => {
  const rising = { n: 3, slopePerWeek: 2, intercept: 0, latestDate: 46098, fittedAtLatest: 74 };

  it("matches its JSDoc example", () => {
    expect(weeksToTarget(rising, 80)).toBe(3);
  });

  it("gives 0 when the line already meets the target", () => {
    expect(weeksToTarget(rising, 74)).toBe(0);
    expect(weeksToTarget(rising, 60)).toBe(0);
    expect(weeksToTarget({ ...rising, slopePerWeek: -2 }, 80, "down")).toBe(0);
  });

  it("follows the direction", () => {
    const falling = { ...rising, slopePerWeek: -2, fittedAtLatest: 10 };
    expect(weeksToTarget(falling, 4, "down")).toBe(3);
    expect(weeksToTarget(falling, 4, "neither")).toBe(3);
    expect(weeksToTarget(rising, 80, "neither")).toBe(3);
  });

  it("refuses a flat trend or one moving away, in plain English", () => {
    expect(statsErrorCode(() => weeksToTarget({ ...rising, slopePerWeek: 0 }, 80))).toBe("flat-trend");
    expect(() => weeksToTarget({ ...rising, slopePerWeek: 0 }, 80)).toThrow("The trend is flat, so it never reaches the target of 80.");
    expect(() => weeksToTarget({ ...rising, slopePerWeek: -0.5 }, 80)).toThrow(
      "The trend is falling 0.5 a week, away from the target of 80.",
    );
    expect(statsErrorCode(() => weeksToTarget(rising, 60, "down"))).toBe("flat-trend");
  });
});

describe("onTrackStatus", () => {
  const rising = { n: 3, slopePerWeek: 2, intercept: 0, latestDate: 46098, fittedAtLatest: 74 };

  it("matches its JSDoc example", () => {
    expect(onTrackStatus(rising, 80, 46119)).toBe("On track");
  });

  it("says Met, On track or Off track at the edges", () => {
    expect(onTrackStatus(rising, 74, 46000)).toBe("Met");
    expect(onTrackStatus(rising, 80, 46119)).toBe("On track");
    expect(onTrackStatus(rising, 80, 46118)).toBe("Off track");
    expect(onTrackStatus({ ...rising, slopePerWeek: 0 }, 80, 50000)).toBe("Off track");
    expect(onTrackStatus({ ...rising, slopePerWeek: -1 }, 80, 50000)).toBe("Off track");
  });

  it("refuses a deadline that is not a date", () => {
    expect(statsErrorCode(() => onTrackStatus(rising, 80, Number.NaN))).toBe("invalid-argument");
  });
});
