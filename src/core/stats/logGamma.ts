import { StatsError } from "./errors";

/** Lanczos approximation with g = 7 and nine coefficients: about 15 significant figures for x > 0. */
const lanczosG = 7;
const lanczosCoefficients = [
  0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 0.000009984369578019572, 1.5056327351493116e-7,
];
const halfLogTwoPi = 0.5 * Math.log(2 * Math.PI);

/**
 * The natural logarithm of the gamma function, ln Γ(x), for x > 0 (Excel's GAMMALN), by the Lanczos
 * approximation.
 *
 * Throws a StatsError ("invalid-argument") unless x is a positive finite number.
 *
 * @example
 * logGamma(0.5); // => 0.5723649429247001 (the log of the square root of pi)
 */
export function logGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) {
    throw new StatsError("invalid-argument", `The log-gamma function needs a positive number; got ${x}.`);
  }
  if (x < 0.5) {
    // Reflection keeps full accuracy near zero: Γ(x) Γ(1 - x) = π / sin(πx).
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const shifted = x - 1;
  let sum = lanczosCoefficients[0];
  for (let i = 1; i < lanczosCoefficients.length; i++) sum += lanczosCoefficients[i] / (shifted + i);
  const t = shifted + lanczosG + 0.5;
  return halfLogTwoPi + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}
