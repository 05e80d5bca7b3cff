import type { Proportion } from "../values/types";
import { StatsError } from "./errors";
import type { ProportionInterval } from "./wilsonInterval";
import { zForConfidence } from "./zForConfidence";

/**
 * The funnel-plot control limits for a unit of `n` observations around a target proportion:
 * `target -/+ z sqrt(target (1 - target) / n)`, clipped to 0 to 1 (Spiegelhalter 2005,
 * Stat Med 24:1185).
 *
 * A unit whose rate falls below the 99.8% lower limit is a genuine outlier; between the 95% and 99.8%
 * limits it is a warning. `targetProportion` and the limits are proportions; `n` may be fractional
 * (an effective sample size). Throws a StatsError ("invalid-argument") when the target is outside 0
 * to 1, n is not positive, or the confidence is not between 0 and 1.
 *
 * @example
 * funnelLimits(0.9, 100); // => { lower: 0.8412, upper: 0.9588 } (to 4 decimal places)
 */
export function funnelLimits(
  targetProportion: Proportion,
  n: number,
  confidence: Proportion = 0.95,
): ProportionInterval {
  if (!(targetProportion >= 0 && targetProportion <= 1)) {
    throw new StatsError(
      "invalid-argument",
      `The target must be a proportion between 0 and 1; got ${targetProportion}.`,
    );
  }
  if (!(n > 0) || !Number.isFinite(n)) {
    throw new StatsError("invalid-argument", `The unit size must be a positive number; got ${n}.`);
  }
  const halfWidth = zForConfidence(confidence) * Math.sqrt((targetProportion * (1 - targetProportion)) / n);
  return {
    lower: Math.max(0, targetProportion - halfWidth),
    upper: Math.min(1, targetProportion + halfWidth),
  };
}
