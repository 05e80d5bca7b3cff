import { StatsError } from "./errors";
import { xmrChart, type XmrChart, type XmrChartOptions } from "./xmrChart";
import type { VariationLabel } from "./variationLabels";
import type { XmrLimits } from "./xmrLimits";

/** An XmR chart whose limits were recalculated from a given point on (Making Data Count's "rebase"). */
export interface RebasedXmrChart extends XmrChart {
  /**
   * The index of the first point of the new process, or null when the series was not rebased (no
   * recovery start given, or it falls on the first point, after the last point or leaves the new
   * process with fewer than 2 points).
   */
  rebaseIndex: number | null;
  /** The limits the points before the rebase are judged against (null when not rebased or when fewer than 2 points came before). */
  before: XmrLimits | null;
}

/**
 * Reads a series as Making Data Count does, with the limits recalculated from the recovery start:
 * the points from `rebaseIndex` on form a new process whose mean, moving ranges and limits come from
 * them alone, and the points before it keep the limits of the old process. The moving range that
 * straddles the change belongs to neither. The special-cause rules run within each part, and the
 * variation and assurance icons come from the new process, so a unit that now reliably meets its
 * target is judged on what it does now, not on its weak start. This is NHSRplotthedots' `rebase`
 * (`ptd_spc_standard.R` groups by `rebase_group` for the mean, moving ranges and limits;
 * `ptd_calculate_point_type.R` groups the same way for the rules). The returned limits (`mean`, `lpl`,
 * `upl`...) are the new process's.
 *
 * Without a rebase (null, 0, or a new process of fewer than 2 points) this is `xmrChart`. Throws what
 * `xmrChart` throws; a StatsError ("invalid-argument") for a rebase index that is not a whole number.
 *
 * @example
 * rebasedXmrChart([50, 60, 55, 90, 92, 91, 93], 3, { target: 85 }).assurance; // => "Pass"
 */
export function rebasedXmrChart(values: ArrayLike<number>, rebaseIndex: number | null, options: XmrChartOptions = {}): RebasedXmrChart {
  if (rebaseIndex !== null && !Number.isInteger(rebaseIndex)) throw new StatsError("invalid-argument", `The rebase point must be a whole number; got ${rebaseIndex}.`);
  const all = Array.from(values);
  const usable = rebaseIndex !== null && rebaseIndex > 0 && all.length - rebaseIndex >= 2;
  if (!usable) return { ...xmrChart(all, options), rebaseIndex: null, before: null };
  const after = xmrChart(all.slice(rebaseIndex), options);
  const earlier = all.slice(0, rebaseIndex);
  let beforeLabels: VariationLabel[];
  let before: XmrLimits | null = null;
  if (earlier.length >= 2) {
    const chart = xmrChart(earlier, { ...options, target: null });
    beforeLabels = chart.pointLabels;
    before = pickLimits(chart);
  } else {
    for (const value of earlier) if (!Number.isFinite(value)) throw new StatsError("invalid-argument", `Value 1 is not a finite number (${value}).`);
    // One point cannot have limits of its own: nothing to judge it against.
    beforeLabels = earlier.map(() => "Common Cause");
  }
  return { ...after, pointLabels: [...beforeLabels, ...after.pointLabels], rebaseIndex, before };
}

function pickLimits(chart: XmrChart): XmrLimits {
  const { mean, movingRangeMean, lpl, upl, lowerTwoSigma, upperTwoSigma, lowerOneSigma, upperOneSigma, baselinePoints } = chart;
  return { mean, movingRangeMean, lpl, upl, lowerTwoSigma, upperTwoSigma, lowerOneSigma, upperOneSigma, baselinePoints };
}
