import type { Proportion } from "../values/types";
import { studentTQuantile } from "./studentTQuantile";

/** A sample mean with its two-sided Student t interval. */
export interface MeanInterval {
  /** How many values. */
  n: number;
  /** Arithmetic mean, in the values' units. */
  mean: number;
  /** Sample standard deviation (n - 1 denominator: Bessel's correction), in the values' units. */
  standardDeviation: number;
  /** Standard error of the mean, in the values' units. */
  standardError: number;
  /** Lower bound, in the values' units. */
  lower: number;
  /** Upper bound, in the values' units. */
  upper: number;
}

/**
 * A mean's two-sided Student t interval from a count, the mean and the sum of squared deviations from
 * it: the form `groupComparison` and `summariseGroup` accumulate in one pass per group
 * (Excel: AVERAGE -/+ CONFIDENCE.T(1 - confidence, STDEV.S, COUNT)).
 *
 * The caller guarantees n >= 2 and a confidence between 0 and 1 (both checked by the public functions).
 * Bounds are in the values' units.
 *
 * @example
 * meanIntervalFromMoments(3, 90, 200, 0.95).upper; // => 114.84 (to 2 decimal places)
 */
export function meanIntervalFromMoments(
  n: number,
  mean: number,
  squaredDeviations: number,
  confidence: Proportion,
): MeanInterval {
  const standardDeviation = Math.sqrt(squaredDeviations / (n - 1));
  const standardError = standardDeviation / Math.sqrt(n);
  const halfWidth = studentTQuantile(1 - (1 - confidence) / 2, n - 1) * standardError;
  return { n, mean, standardDeviation, standardError, lower: mean - halfWidth, upper: mean + halfWidth };
}
