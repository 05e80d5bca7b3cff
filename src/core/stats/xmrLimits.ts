import { StatsError } from "./errors";
import type { SpcMethod } from "./spcMethod";

/**
 * 3 / d2 with d2 = 1.128, the bias constant for moving ranges of two points: turns the mean moving
 * range into three standard deviations.
 */
const xmrScalingFactor = 2.66;
/** D4 for subgroups of two: a moving range above 3.267 times the mean is itself a special cause. */
const movingRangeScreeningFactor = 3.267;

/** The centre line and limits of an XmR (individuals) chart, in the values' own units. */
export interface XmrLimits {
  /** Mean of the baseline points. */
  mean: number;
  /** Mean of the baseline's moving ranges (after screening, for PLOTTHEDOTS). */
  movingRangeMean: number;
  /** Lower process limit: mean - 2.66 x movingRangeMean. */
  lpl: number;
  /** Upper process limit: mean + 2.66 x movingRangeMean. */
  upl: number;
  /** mean - (2/3) x 2.66 x movingRangeMean. */
  lowerTwoSigma: number;
  /** mean + (2/3) x 2.66 x movingRangeMean. */
  upperTwoSigma: number;
  /** mean - (1/3) x 2.66 x movingRangeMean. */
  lowerOneSigma: number;
  /** mean + (1/3) x 2.66 x movingRangeMean. */
  upperOneSigma: number;
  /** How many points the limits were drawn from (the baseline). */
  baselinePoints: number;
}

/** Options for `xmrLimits`. */
export interface XmrLimitsOptions {
  /** "MDC" (default: no screening) or "PLOTTHEDOTS" (moving ranges screened once). */
  method?: SpcMethod;
  /** Draw the limits from the first this-many points only (at least 2); default all points. */
  baselineLength?: number;
}

/**
 * The mean, process limits and sigma lines of an XmR chart (NHS England Making Data Count).
 *
 * The mean and mean moving range come from the baseline (all points unless `baselineLength` is given).
 * With method "PLOTTHEDOTS", moving ranges of 3.267 x their mean or more are dropped and the mean
 * moving range is recomputed once; the mean is not. When every moving range is 0 there is nothing to
 * screen and the limits collapse onto the mean. Units are the values' units.
 * Throws a StatsError: "insufficient-data" with fewer than 2 baseline points, "invalid-argument" for
 * a value that is not a finite number or a baseline length that is not a whole number of at least 2.
 *
 * @example
 * xmrLimits([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).upl; // => 8.16 (to 10 decimal places)
 */
export function xmrLimits(values: ArrayLike<number>, options: XmrLimitsOptions = {}): XmrLimits {
  const method = options.method ?? "MDC";
  const baselineLength = options.baselineLength;
  if (baselineLength !== undefined && (!Number.isInteger(baselineLength) || baselineLength < 2)) {
    throw new StatsError(
      "invalid-argument",
      `The baseline must be a whole number of at least 2 points; got ${baselineLength}.`,
    );
  }
  const count = Math.min(values.length, baselineLength ?? values.length);
  if (count < 2) {
    throw new StatsError("insufficient-data", `XmR limits need at least 2 values; got ${values.length}.`);
  }
  let sum = 0;
  let rangeSum = 0;
  for (let i = 0; i < count; i++) {
    const value = values[i];
    if (!Number.isFinite(value)) {
      throw new StatsError("invalid-argument", `Value ${i + 1} is not a finite number (${value}).`);
    }
    sum += value;
    if (i > 0) rangeSum += Math.abs(value - values[i - 1]);
  }
  // A second, correcting pass (as R's mean does) makes the mean of a flat series equal its value exactly.
  let residuals = 0;
  for (let i = 0; i < count; i++) residuals += values[i] - sum / count;
  const mean = sum / count + residuals / count;
  let movingRangeMean = rangeSum / (count - 1);
  if (method === "PLOTTHEDOTS" && movingRangeMean > 0) {
    const cutOff = movingRangeScreeningFactor * movingRangeMean;
    let keptSum = 0;
    let kept = 0;
    for (let i = 1; i < count; i++) {
      const range = Math.abs(values[i] - values[i - 1]);
      if (range < cutOff) {
        keptSum += range;
        kept++;
      }
    }
    // At least the smallest range is below 3.267 times the mean, so `kept` is never 0 here.
    movingRangeMean = keptSum / kept;
  }
  const threeSigma = xmrScalingFactor * movingRangeMean;
  return {
    mean,
    movingRangeMean,
    lpl: mean - threeSigma,
    upl: mean + threeSigma,
    lowerTwoSigma: mean - (2 / 3) * threeSigma,
    upperTwoSigma: mean + (2 / 3) * threeSigma,
    lowerOneSigma: mean - threeSigma / 3,
    upperOneSigma: mean + threeSigma / 3,
    baselinePoints: count,
  };
}
