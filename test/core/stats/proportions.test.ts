import { funnelLimits, passRate, wilsonInterval } from "../../../src/core/stats";
import { statsErrorCode } from "./statsErrorCode";


describe("wilsonInterval", () => {
  it("matches its JSDoc example", () => {
    const interval = wilsonInterval(11, 12);
    expect(interval.lower).toBeCloseTo(0.6461, 4);
    expect(interval.upper).toBeCloseTo(0.9851, 4);
  });

  it("gives the reference examples", () => {
    // Wilson 1927, JASA 22:209: 12/12 -> 75.8% to 100%; 11/12 -> 64.6% to 98.5%.
    const full = wilsonInterval(12, 12);
    expect(full.lower).toBeCloseTo(0.758, 3);
    expect(full.upper).toBe(1);
    const elevenOfTwelve = wilsonInterval(11, 12);
    expect(elevenOfTwelve.lower).toBeCloseTo(0.646, 3);
    expect(elevenOfTwelve.upper).toBeCloseTo(0.985, 3);
  });

  it("starts at exactly 0 when nothing passed and narrows with a higher confidence's opposite", () => {
    // Newcombe (1998) table I: 0/10 -> 0 to 0.2775.
    const none = wilsonInterval(0, 10);
    expect(none.lower).toBe(0);
    expect(none.upper).toBeCloseTo(0.2775, 4);
    const narrow = wilsonInterval(11, 12, 0.8);
    expect(narrow.lower).toBeGreaterThan(wilsonInterval(11, 12).lower);
  });

  it("refuses impossible counts and no trials", () => {
    expect(statsErrorCode(() => wilsonInterval(13, 12))).toBe("invalid-argument");
    expect(statsErrorCode(() => wilsonInterval(-1, 12))).toBe("invalid-argument");
    expect(statsErrorCode(() => wilsonInterval(1.5, 12))).toBe("invalid-argument");
    expect(statsErrorCode(() => wilsonInterval(0, 0))).toBe("insufficient-data");
    expect(statsErrorCode(() => wilsonInterval(5, 10, 1.5))).toBe("invalid-argument");
    expect(() => wilsonInterval(13, 12)).toThrow("The number of successes (13) cannot be more than the number of trials (12).");
  });
});

describe("funnelLimits", () => {
  it("matches its JSDoc example", () => {
    // 0.9 -/+ 1.959964 x sqrt(0.9 x 0.1 / 100) = 0.9 -/+ 0.0588 (Spiegelhalter 2005, Stat Med 24:1185).
    const limits = funnelLimits(0.9, 100);
    expect(limits.lower).toBeCloseTo(0.8412, 4);
    expect(limits.upper).toBeCloseTo(0.9588, 4);
  });

  it("uses z = 3.090232 for 99.8% limits", () => {
    // Spiegelhalter 2005, Stat Med 24:1185: 0.9 -/+ 3.090232 x 0.03.
    const limits = funnelLimits(0.9, 100, 0.998);
    expect(limits.lower).toBeCloseTo(0.9 - 3.090232 * 0.03, 6);
  });

  it("clips the limits to 0 and 1", () => {
    const small = funnelLimits(0.95, 5);
    expect(small.upper).toBe(1);
    expect(funnelLimits(0.02, 5).lower).toBe(0);
  });

  it("refuses targets outside 0 to 1 and non-positive sizes", () => {
    expect(statsErrorCode(() => funnelLimits(90, 100))).toBe("invalid-argument");
    expect(statsErrorCode(() => funnelLimits(0.9, 0))).toBe("invalid-argument");
    expect(() => funnelLimits(0.9, -3)).toThrow("The unit size must be a positive number; got -3.");
  });
});

describe("passRate", () => {
  it("matches its JSDoc example", () => {
    expect(passRate(["yes", "yes", "no", "na", { passed: 7, checked: 8 }]).rate).toBe(9 / 11);
  });

  it("leaves not-applicable answers out of the denominator", () => {
    expect(passRate(["yes", "na", "na", "no"])).toEqual({ passed: 1, checked: 2, rate: 0.5 });
  });

  it("refuses a list with nothing applicable", () => {
    expect(statsErrorCode(() => passRate(["na", "na"]))).toBe("insufficient-data");
    expect(() => passRate([])).toThrow("A pass rate needs at least one Yes or No answer; found none.");
  });

  it("refuses impossible counts", () => {
    expect(statsErrorCode(() => passRate([{ passed: 9, checked: 8 }]))).toBe("invalid-argument");
  });
});
