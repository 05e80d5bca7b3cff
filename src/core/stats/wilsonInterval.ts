import type { Proportion } from "../values/types";
import { StatsError } from "./errors";
import { zForConfidence } from "./zForConfidence";

/** A two-sided interval for a proportion. */
export interface ProportionInterval {
  /** Lower bound, 0 to 1. */
  lower: Proportion;
  /** Upper bound, 0 to 1. */
  upper: Proportion;
}

/**
 * The Wilson score interval for `successes` out of `trials` (Wilson 1927; Newcombe & Altman 2000): an
 * honest range for a pass rate from a small sample, which never strays outside 0 to 1.
 *
 * `(2x + z^2 -/+ z sqrt(z^2 + 4x(1 - x/n))) / (2(n + z^2))` with z the two-sided normal multiplier for
 * `confidence` (a proportion, default 0.95). Bounds are proportions. Throws a StatsError:
 * "insufficient-data" when there are no trials; "invalid-argument" when a count is negative, not a
 * whole number, or successes exceed trials, or the confidence is not between 0 and 1.
 *
 * @example
 * wilsonInterval(11, 12); // => { lower: 0.6461, upper: 0.9851 } (to 4 decimal places)
 */
export function wilsonInterval(successes: number, trials: number, confidence: Proportion = 0.95): ProportionInterval {
  if (!Number.isInteger(trials) || trials < 0) {
    throw new StatsError("invalid-argument", `The number of trials must be a whole number of 0 or more; got ${trials}.`);
  }
  if (!Number.isInteger(successes) || successes < 0) {
    throw new StatsError(
      "invalid-argument",
      `The number of successes must be a whole number of 0 or more; got ${successes}.`,
    );
  }
  if (successes > trials) {
    throw new StatsError(
      "invalid-argument",
      `The number of successes (${successes}) cannot be more than the number of trials (${trials}).`,
    );
  }
  const z = zForConfidence(confidence);
  if (trials === 0) {
    throw new StatsError("insufficient-data", "A Wilson interval needs at least 1 trial; got 0.");
  }
  const zSquared = z * z;
  const centre = 2 * successes + zSquared;
  const spread = z * Math.sqrt(zSquared + 4 * successes * (1 - successes / trials));
  const denominator = 2 * (trials + zSquared);
  return {
    lower: successes === 0 ? 0 : Math.max(0, (centre - spread) / denominator),
    upper: successes === trials ? 1 : Math.min(1, (centre + spread) / denominator),
  };
}
