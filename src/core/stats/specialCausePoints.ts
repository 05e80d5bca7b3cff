import type { Direction } from "./direction";
import { StatsError } from "./errors";
import { nearlyEqualTolerance } from "./nearlyEqualTolerance";
import type { SpcMethod } from "./spcMethod";
import { variationLabelFor } from "./variationLabelFor";
import type { VariationLabel } from "./variationLabels";
import type { XmrLimits } from "./xmrLimits";

/**
 * The four Making Data Count special-cause rules, in their order of precedence when one point breaks
 * several (NHSRplotthedots): a point outside the process limits, a run of seven rising or falling points,
 * two of three points beyond a two-sigma line, and a run of seven points on one side of the mean.
 *
 * @example
 * SPECIAL_CAUSE_RULES[0]; // => "astronomical"
 */
export const SPECIAL_CAUSE_RULES = ["astronomical", "trend", "two-of-three", "shift"] as const;

/** One special-cause rule. */
export type SpecialCauseRule = (typeof SPECIAL_CAUSE_RULES)[number];

/** Seven points in a row on one side of the mean, or rising or falling, is a signal (MDC rules 2 and 3). */
const runLength = 7;

/** One point's reading on an XmR chart. */
export interface SpecialCausePoint {
  /** The Making Data Count label ("Common Cause", "Improvement (High)", ...). */
  label: VariationLabel;
  /** The rule that decided the label, by precedence; null for common cause. */
  rule: SpecialCauseRule | null;
  /** The side of the signal: above the mean or rising is "high"; null for common cause. */
  side: "high" | "low" | null;
}

/** Options for `specialCausePoints`. */
export interface SpecialCauseOptions {
  /** Which way is better; decides improvement or concern. */
  direction: Direction;
  /** "MDC" counts points beyond the process limits in two-of-three; "PLOTTHEDOTS" does not. */
  method?: SpcMethod;
}

const none = 0;
const high = 1;
const low = -1;

/**
 * Labels each point of an XmR chart by the four Making Data Count rules (NHS England Making Data Count; NHSRplotthedots R/ptd_calculate_point_type.R).
 *
 * Rules: a point strictly outside a process limit; 7 or more consecutive strictly rising or falling
 * points (the whole run is flagged); in 3 consecutive points all strictly on one side of the mean, 2 or
 * 3 strictly beyond that side's two-sigma line (only those points flagged; with "PLOTTHEDOTS" only points
 * that are not also beyond the process limit count); 7 or more consecutive points strictly on one side
 * of the mean (a point on the mean breaks the run). When several rules flag a point the first in
 * astronomical > trend > two-of-three > shift decides its side: above the mean or rising is "high".
 * A peak or trough that ends one seven-point trend and starts another keeps the side of the run ending
 * there under "MDC", and takes the side of the run starting there under "PLOTTHEDOTS", as NHSRplotthedots does.
 * Differences within rounding noise (see `nearlyEqualTolerance`) count as equal. Runs in linear time. Throws a StatsError ("invalid-argument") for a value that is not a finite number.
 *
 * @example
 * specialCausePoints([1, 2, 3, 4, 5, 6, 7], xmrLimits([1, 2, 3, 4, 5, 6, 7]), { direction: "up" })[6].label;
 * // => "Improvement (High)"
 */
export function specialCausePoints(
  values: ArrayLike<number>,
  limits: Pick<XmrLimits, "mean" | "lpl" | "upl" | "lowerTwoSigma" | "upperTwoSigma">,
  options: SpecialCauseOptions,
): SpecialCausePoint[] {
  const count = values.length;
  const method = options.method ?? "MDC";
  const { mean, lpl, upl, lowerTwoSigma, upperTwoSigma } = limits;
  const tolerance = nearlyEqualTolerance(mean, lpl, upl);
  const astronomical = new Int8Array(count);
  const trend = new Int8Array(count);
  const twoOfThree = new Int8Array(count);
  const shift = new Int8Array(count);
  const sideOfMean = new Int8Array(count);
  const beyondTwoSigma = new Int8Array(count);

  for (let i = 0; i < count; i++) {
    const value = values[i];
    if (!Number.isFinite(value)) {
      throw new StatsError("invalid-argument", `Value ${i + 1} is not a finite number (${value}).`);
    }
    sideOfMean[i] = value > mean + tolerance ? high : value < mean - tolerance ? low : none;
    astronomical[i] = value > upl + tolerance ? high : value < lpl - tolerance ? low : none;
    const countsForTwoOfThree = method === "MDC" || astronomical[i] === none;
    if (countsForTwoOfThree) {
      beyondTwoSigma[i] = value > upperTwoSigma + tolerance ? high : value < lowerTwoSigma - tolerance ? low : none;
    }
  }

  // Shift: runs of one non-zero side of the mean.
  for (let start = 0; start < count; ) {
    let end = start + 1;
    while (end < count && sideOfMean[end] === sideOfMean[start]) end++;
    if (sideOfMean[start] !== none && end - start >= runLength) shift.fill(sideOfMean[start], start, end);
    start = end;
  }

  // Trend: runs of strict steps in one direction; a run of 6 steps covers 7 points. A peak or trough
  // shared by two runs keeps the side of the run that ends there (MDC); NHSRplotthedots labels it by
  // the step to its right, the run that starts there (its code says so), and PLOTTHEDOTS follows it.
  const sharedPointTakesNextRun = method === "PLOTTHEDOTS";
  const stepSign = (i: number): number => {
    const step = values[i] - values[i - 1];
    return step > tolerance ? high : step < -tolerance ? low : none;
  };
  for (let start = 1; start < count; ) {
    const startSign = stepSign(start);
    let end = start + 1;
    while (end < count && stepSign(end) === startSign) end++;
    if (startSign !== none && end - start >= runLength - 1) {
      for (let i = start - 1; i < end; i++) if (trend[i] === none || (i === start - 1 && sharedPointTakesNextRun)) trend[i] = startSign;
    }
    start = end;
  }

  // Two of three: every window of three points strictly on one side of the mean.
  for (let i = 0; i + 2 < count; i++) {
    const side = sideOfMean[i];
    if (side === none || sideOfMean[i + 1] !== side || sideOfMean[i + 2] !== side) continue;
    let beyond = 0;
    for (let j = i; j <= i + 2; j++) if (beyondTwoSigma[j] === side) beyond++;
    if (beyond < 2) continue;
    for (let j = i; j <= i + 2; j++) if (beyondTwoSigma[j] === side) twoOfThree[j] = side;
  }

  const points: SpecialCausePoint[] = new Array<SpecialCausePoint>(count);
  for (let i = 0; i < count; i++) {
    let rule: SpecialCauseRule | null = null;
    let sign = none;
    if (astronomical[i] !== none) [rule, sign] = ["astronomical", astronomical[i]];
    else if (trend[i] !== none) [rule, sign] = ["trend", trend[i]];
    else if (twoOfThree[i] !== none) [rule, sign] = ["two-of-three", twoOfThree[i]];
    else if (shift[i] !== none) [rule, sign] = ["shift", shift[i]];
    const side = sign === high ? "high" : sign === low ? "low" : null;
    points[i] = { label: variationLabelFor(side, options.direction), rule, side };
  }
  return points;
}
