import {
  logGamma,
  normalQuantile,
  regularizedIncompleteBeta,
  studentTQuantile,
  studentTUpperTail,
  zForConfidence,
} from "../../../src/core/stats";
import { statsErrorCode } from "./statsErrorCode";


describe("normalQuantile", () => {
  it("matches its JSDoc example", () => {
    expect(normalQuantile(0.975)).toBe(1.9599639845400536);
  });

  it("matches normal tables", () => {
    // Standard normal tables; R qnorm(c(0.5, 0.9, 0.999, 0.001, 1e-20)).
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815515655446004, 14);
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232306167813, 13);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 13);
    expect(normalQuantile(1e-20)).toBeCloseTo(-9.262340089798409, 12);
  });

  it("refuses probabilities outside (0, 1)", () => {
    expect(statsErrorCode(() => normalQuantile(0))).toBe("invalid-argument");
    expect(statsErrorCode(() => normalQuantile(1))).toBe("invalid-argument");
    expect(statsErrorCode(() => normalQuantile(Number.NaN))).toBe("invalid-argument");
  });
});

describe("zForConfidence", () => {
  it("matches its JSDoc example", () => {
    expect(zForConfidence(0.95)).toBe(1.9599639845400536);
  });

  it("gives the funnel multipliers of the reference", () => {
    // Wilson 1927 and Spiegelhalter 2005: z = 1.959964 (95%) and 3.090232 (99.8%).
    expect(zForConfidence(0.95)).toBeCloseTo(1.959964, 6);
    expect(zForConfidence(0.998)).toBeCloseTo(3.090232, 6);
    expect(zForConfidence(0.99)).toBeCloseTo(2.575829, 6);
  });

  it("refuses confidence levels outside (0, 1) with a plain message", () => {
    expect(statsErrorCode(() => zForConfidence(95))).toBe("invalid-argument");
    expect(() => zForConfidence(1)).toThrow("The confidence level must be a proportion between 0 and 1, such as 0.95; got 1.");
  });
});

describe("logGamma", () => {
  it("matches its JSDoc example", () => {
    // Γ(1/2) = √π.
    expect(logGamma(0.5)).toBeCloseTo(0.5723649429247001, 13);
  });

  it("matches factorials and small arguments", () => {
    // Γ(10) = 9! = 362880; Γ(1) = Γ(2) = 1; Γ(0.1) = 9.513507698668732 (Abramowitz & Stegun table 6.1).
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(logGamma(0.1)).toBeCloseTo(Math.log(9.513507698668732), 12);
    // ln(170!) as a sum of logarithms.
    expect(logGamma(171)).toBeCloseTo(706.5730622457874, 9);
  });

  it("refuses non-positive arguments", () => {
    expect(statsErrorCode(() => logGamma(0))).toBe("invalid-argument");
    expect(statsErrorCode(() => logGamma(-1))).toBe("invalid-argument");
  });
});

describe("regularizedIncompleteBeta", () => {
  it("matches its JSDoc example", () => {
    expect(regularizedIncompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 14);
  });

  it("matches closed forms", () => {
    // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1, b) = 1 - (1 - x)^b.
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(regularizedIncompleteBeta(0.7, 3, 1)).toBeCloseTo(0.343, 14);
    expect(regularizedIncompleteBeta(0.2, 1, 4)).toBeCloseTo(1 - 0.8 ** 4, 14);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });

  it("refuses arguments outside its domain", () => {
    expect(statsErrorCode(() => regularizedIncompleteBeta(1.5, 1, 1))).toBe("invalid-argument");
    expect(statsErrorCode(() => regularizedIncompleteBeta(0.5, 0, 1))).toBe("invalid-argument");
  });
});

describe("studentTUpperTail", () => {
  it("matches its JSDoc example", () => {
    expect(studentTUpperTail(0, 5)).toBe(0.5);
  });

  it("matches t tables and mirrors for negative t", () => {
    // t tables: P(T > 2.5706 | 5 df) = 0.025; P(T > 12.7062 | 1 df) = 0.025.
    expect(studentTUpperTail(2.570581835636314, 5)).toBeCloseTo(0.025, 12);
    expect(studentTUpperTail(12.706204736174696, 1)).toBeCloseTo(0.025, 12);
    expect(studentTUpperTail(-2.570581835636314, 5)).toBeCloseTo(0.975, 12);
  });

  it("refuses non-positive degrees of freedom", () => {
    expect(statsErrorCode(() => studentTUpperTail(1, 0))).toBe("invalid-argument");
  });
});

describe("studentTQuantile", () => {
  it("matches its JSDoc example", () => {
    expect(studentTQuantile(0.975, 5)).toBeCloseTo(2.570581835636315, 12);
  });

  it.each([
    // Student t tables (two-sided 95% column) and R qt().
    [0.975, 1, 12.7062],
    [0.975, 2, 4.3027],
    [0.975, 3, 3.1824],
    [0.975, 5, 2.5706],
    [0.975, 10, 2.2281],
    [0.975, 30, 2.0423],
    [0.975, 100, 1.984],
    [0.995, 4, 4.6041],
    [0.9995, 3, 12.924],
    [0.95, 20, 1.7247],
  ])("gives t(%p, %p) = %p as in t tables", (p, df, expected) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(expected, 4);
  });

  it("agrees with R's qt to 12 significant figures", () => {
    // R: qt(0.975, 30) = 2.042272456301238; qt(0.6, 7) = 0.2631668613520224.
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.042272456301238, 11);
    expect(studentTQuantile(0.6, 7)).toBeCloseTo(0.2631668613520224, 12);
  });

  it("is symmetric and tends to the normal quantile", () => {
    expect(studentTQuantile(0.025, 5)).toBeCloseTo(-studentTQuantile(0.975, 5), 11);
    expect(studentTQuantile(0.5, 5)).toBe(0);
    expect(studentTQuantile(0.975, 1e7)).toBeCloseTo(1.959964, 5);
  });

  it("accepts fractional degrees of freedom between the tabled ones", () => {
    const between = studentTQuantile(0.975, 2.5);
    expect(between).toBeLessThan(studentTQuantile(0.975, 2));
    expect(between).toBeGreaterThan(studentTQuantile(0.975, 3));
  });

  it("refuses bad probabilities and degrees of freedom", () => {
    expect(statsErrorCode(() => studentTQuantile(1, 5))).toBe("invalid-argument");
    expect(statsErrorCode(() => studentTQuantile(0.975, 0))).toBe("invalid-argument");
    expect(statsErrorCode(() => studentTQuantile(0.975, Number.POSITIVE_INFINITY))).toBe("invalid-argument");
  });
});
