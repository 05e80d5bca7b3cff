import { StatsError } from "./errors";
import { logGamma } from "./logGamma";

/** Relative precision at which the continued fraction stops. */
const fractionTolerance = 1e-15;
/** Far more terms than the fraction needs for the shapes used here (t distributions); a guard only. */
const maxFractionTerms = 10_000;
/** Stand-in for zero in Lentz's method, so that no step divides by zero. */
const tiny = 1e-300;

// Continued fraction for I_x(a, b) (Abramowitz & Stegun 26.5.8), evaluated by the modified Lentz method.
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= maxFractionTerms; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < fractionTolerance) return h;
  }
  return h;
}

/**
 * The regularised incomplete beta function I_x(a, b): the probability that a Beta(a, b) value is at
 * most x (Excel's BETA.DIST(x, a, b, TRUE)).
 *
 * Uses the continued fraction of Abramowitz & Stegun 26.5.8 with the symmetry
 * I_x(a, b) = 1 - I_(1-x)(b, a) on the side where it converges fast. Throws a StatsError
 * ("invalid-argument") unless 0 <= x <= 1 and a, b > 0.
 *
 * @example
 * regularizedIncompleteBeta(0.5, 2, 2); // => 0.5
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (!(x >= 0 && x <= 1) || !(a > 0) || !(b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
    throw new StatsError(
      "invalid-argument",
      `The incomplete beta function needs 0 <= x <= 1 and positive shapes; got x = ${x}, a = ${a}, b = ${b}.`,
    );
  }
  if (x === 0) return 0;
  if (x === 1) return 1;
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  const front = Math.exp(logFront);
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}
