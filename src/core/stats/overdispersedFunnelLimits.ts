import type { Proportion } from "../values/types";
import { StatsError } from "./errors";
import type { ProportionInterval } from "./wilsonInterval";
import { zForConfidence } from "./zForConfidence";

/** Spiegelhalter (2005) winsorises z-scores at the 10th and 90th percentiles before estimating phi. */
const winsorisingShare = 0.1;

/** One unit (a team, shift or location) on a funnel plot. */
export interface FunnelUnit {
  /** The unit's observed rate, 0 to 1. */
  proportion: Proportion;
  /** How many observations the rate rests on. */
  n: number;
}

/** Funnel limits widened for real between-unit variation. */
export interface OverdispersedFunnel {
  /** The overdispersion factor: the mean squared winsorised z-score (1 means none). */
  phi: number;
  /** The additive between-unit variance, in squared proportion units; 0 when there is no overdispersion. */
  tauSquared: number;
  /** Limits for each unit, in the order given. */
  limits: ProportionInterval[];
}

// Linear interpolation between order statistics (R's default quantile, type 7).
function quantileOfSorted(sorted: readonly number[], share: number): number {
  const position = (sorted.length - 1) * share;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}

/**
 * Funnel-plot limits with Spiegelhalter's additive random-effects adjustment for overdispersion: when
 * units differ more than chance allows, the limits widen so that only real outliers stand out
 * (Spiegelhalter 2005, Stat Med 24:1185).
 *
 * z-scores `(p - target) / s` with `s = sqrt(target (1 - target) / n)` are winsorised at their 10th and
 * 90th percentiles; `phi = mean(z^2)`; `tau^2 = max(0, (N phi - (N - 1)) / (sum w - sum w^2 / sum w))`
 * with `w = 1 / s^2`; limits `target -/+ z sqrt(s^2 + tau^2)`, clipped to 0 to 1. All rates are
 * proportions. Throws a StatsError: "insufficient-data" with fewer than 2 units; "invalid-argument"
 * when the target is not strictly between 0 and 1, a rate is outside 0 to 1, a unit size is not
 * positive, or the confidence is not between 0 and 1.
 *
 * @example
 * overdispersedFunnelLimits([{ proportion: 0.9, n: 50 }, { proportion: 0.9, n: 80 }], 0.9).tauSquared; // => 0
 */
export function overdispersedFunnelLimits(
  units: readonly FunnelUnit[],
  targetProportion: Proportion,
  confidence: Proportion = 0.95,
): OverdispersedFunnel {
  if (!(targetProportion > 0 && targetProportion < 1)) {
    throw new StatsError(
      "invalid-argument",
      `The target must be a proportion strictly between 0 and 1 for an overdispersion adjustment; got ${targetProportion}.`,
    );
  }
  if (units.length < 2) {
    throw new StatsError("insufficient-data", `An overdispersion adjustment needs at least 2 units; got ${units.length}.`);
  }
  const z = zForConfidence(confidence);
  const variances = units.map((unit, index) => {
    if (!(unit.n > 0) || !Number.isFinite(unit.n)) {
      throw new StatsError("invalid-argument", `Unit ${index + 1} needs a positive size; got ${unit.n}.`);
    }
    if (!(unit.proportion >= 0 && unit.proportion <= 1)) {
      throw new StatsError("invalid-argument", `Unit ${index + 1} needs a rate between 0 and 1; got ${unit.proportion}.`);
    }
    return (targetProportion * (1 - targetProportion)) / unit.n;
  });
  const zScores = units.map((unit, index) => (unit.proportion - targetProportion) / Math.sqrt(variances[index]));
  const sorted = [...zScores].sort((a, b) => a - b);
  const floor = quantileOfSorted(sorted, winsorisingShare);
  const ceiling = quantileOfSorted(sorted, 1 - winsorisingShare);
  let squares = 0;
  for (const score of zScores) squares += Math.min(ceiling, Math.max(floor, score)) ** 2;
  const count = units.length;
  const phi = squares / count;
  let weightSum = 0;
  let weightSquareSum = 0;
  for (const variance of variances) {
    weightSum += 1 / variance;
    weightSquareSum += 1 / variance ** 2;
  }
  const tauSquared = Math.max(0, (count * phi - (count - 1)) / (weightSum - weightSquareSum / weightSum));
  return {
    phi,
    tauSquared,
    limits: variances.map((variance) => {
      const halfWidth = z * Math.sqrt(variance + tauSquared);
      return { lower: Math.max(0, targetProportion - halfWidth), upper: Math.min(1, targetProportion + halfWidth) };
    }),
  };
}
