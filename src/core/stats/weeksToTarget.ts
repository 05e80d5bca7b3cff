import type { Direction } from "./direction";
import { StatsError } from "./errors";
import type { LinearTrend } from "./linearTrend";

function formatted(value: number): string {
  return Number(value.toPrecision(4)).toString();
}

/**
 * How many weeks after the latest date the trend line reaches `target`; 0 when the line is already there.
 *
 * "Already there" means the line's value at the latest date meets the target: at or above it for `up`,
 * at or below it for `down`, exactly on it for `neither` (which otherwise accepts approach from either
 * side). The target is in the values' units; the answer is in weeks, possibly fractional.
 * Throws a StatsError: "flat-trend" when the line is flat or moving away from the target, so never
 * reaches it; "invalid-argument" when the target is not a finite number.
 *
 * @example
 * weeksToTarget({ n: 3, slopePerWeek: 2, intercept: 0, latestDate: 46098, fittedAtLatest: 74 }, 80); // => 3
 */
export function weeksToTarget(
  trend: Pick<LinearTrend, "slopePerWeek" | "fittedAtLatest">,
  target: number,
  direction: Direction = "up",
): number {
  if (!Number.isFinite(target)) {
    throw new StatsError("invalid-argument", `The target must be a finite number; got ${target}.`);
  }
  const gap = target - trend.fittedAtLatest;
  const alreadyThere = direction === "up" ? gap <= 0 : direction === "down" ? gap >= 0 : gap === 0;
  if (alreadyThere) return 0;
  const slope = trend.slopePerWeek;
  if (slope === 0) {
    throw new StatsError("flat-trend", `The trend is flat, so it never reaches the target of ${formatted(target)}.`);
  }
  const weeks = gap / slope;
  if (!(weeks > 0) || !Number.isFinite(weeks)) {
    const movement = slope > 0 ? "rising" : "falling";
    throw new StatsError(
      "flat-trend",
      `The trend is ${movement} ${formatted(Math.abs(slope))} a week, away from the target of ${formatted(target)}.`,
    );
  }
  return weeks;
}
