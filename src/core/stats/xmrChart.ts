import { type AssuranceLabel, assuranceLabel } from "./assuranceLabel";
import type { Direction } from "./direction";
import type { SpcMethod } from "./spcMethod";
import { specialCausePoints } from "./specialCausePoints";
import type { VariationLabel } from "./variationLabels";
import { xmrLimits, type XmrLimits } from "./xmrLimits";

/**
 * Limits drawn from fewer points than this are provisional: MDC draws limits only from 15 points (13 in
 * the single-chart tool), and below 12 we say so rather than present them as settled.
 */
const provisionalBelowPoints = 12;

/** Options for `xmrChart`. */
export interface XmrChartOptions {
  /** Which way is better (default "up"). */
  direction?: Direction;
  /** "MDC" (default) or "PLOTTHEDOTS". */
  method?: SpcMethod;
  /** A target in the values' units, for the assurance icon. */
  target?: number | null;
  /** Draw limits from the first this-many points only. */
  baselineLength?: number;
}

/** A complete XmR chart reading. */
export interface XmrChart extends XmrLimits {
  /** One Making Data Count label per point, in order. */
  pointLabels: VariationLabel[];
  /** The variation icon: the label of the last point. */
  variation: VariationLabel;
  /** The assurance icon against the target; null with no target or direction "neither". */
  assurance: AssuranceLabel | null;
  /** True when the limits rest on fewer than 12 points. */
  provisional: boolean;
}

/**
 * Reads a series as Making Data Count does: XmR limits, a label for every point, the variation icon
 * (the last point's label) and, given a target, the assurance icon (NHS England Making Data Count; NHSRplotthedots).
 *
 * Values are in time order, one per period; results are in the values' units. Throws a StatsError:
 * "insufficient-data" with fewer than 2 values, "invalid-argument" for a value or target that is not a
 * finite number.
 *
 * @example
 * xmrChart([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], { direction: "up" }).pointLabels[4];
 * // => "Improvement (High)"
 */
export function xmrChart(values: ArrayLike<number>, options: XmrChartOptions = {}): XmrChart {
  const direction = options.direction ?? "up";
  const method = options.method ?? "MDC";
  const limits = xmrLimits(values, { method, baselineLength: options.baselineLength });
  const points = specialCausePoints(values, limits, { direction, method });
  const pointLabels = points.map((point) => point.label);
  const target = options.target;
  return {
    ...limits,
    pointLabels,
    variation: pointLabels[pointLabels.length - 1],
    assurance: target === undefined || target === null ? null : assuranceLabel(target, limits, direction, method),
    provisional: limits.baselinePoints < provisionalBelowPoints,
  };
}
