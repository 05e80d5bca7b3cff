import type { Proportion } from "../values/types";
import { StatsError } from "./errors";
import { meanIntervalFromMoments, type MeanInterval } from "./meanIntervalFromMoments";

/**
 * The mean of a sample and its two-sided Student t confidence interval
 * (Excel: AVERAGE -/+ CONFIDENCE.T(1 - confidence, STDEV.S, COUNT)).
 *
 * Two passes over the values keep the variance accurate for scores far from zero. `confidence` is a
 * proportion (default 0.95). Throws a StatsError: "insufficient-data" with fewer than 2 values;
 * "invalid-argument" for a value that is not a finite number or a confidence not between 0 and 1.
 *
 * @example
 * tInterval([80, 90, 100]); // => { n: 3, mean: 90, standardDeviation: 10, lower: 65.16, upper: 114.84 } (to 2 dp)
 */
export function tInterval(values: ArrayLike<number>, confidence: Proportion = 0.95): MeanInterval {
  if (!(confidence > 0 && confidence < 1)) {
    throw new StatsError(
      "invalid-argument",
      `The confidence level must be a proportion between 0 and 1, such as 0.95; got ${confidence}.`,
    );
  }
  const n = values.length;
  if (n < 2) throw new StatsError("insufficient-data", `A confidence interval needs at least 2 values; got ${n}.`);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(values[i])) {
      throw new StatsError("invalid-argument", `Value ${i + 1} is not a finite number (${values[i]}).`);
    }
    sum += values[i];
  }
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
  return meanIntervalFromMoments(n, mean, squares, confidence);
}
