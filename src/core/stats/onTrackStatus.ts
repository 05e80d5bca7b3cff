import type { ExcelSerialDate } from "../values/types";
import type { Direction } from "./direction";
import { StatsError } from "./errors";
import type { LinearTrend } from "./linearTrend";
import { weeksToTarget } from "./weeksToTarget";

/**
 * Whether a trend will meet a target by a deadline: already `Met`, `On track` to meet it in time, or
 * `Off track` (too slow, flat, or moving away).
 *
 * @example
 * ON_TRACK_STATUSES[1]; // => "On track"
 */
export const ON_TRACK_STATUSES = ["Met", "On track", "Off track"] as const;

/** Whether a trend will meet a target by a deadline. */
export type OnTrackStatus = (typeof ON_TRACK_STATUSES)[number];

/** Serial dates count days; projections are in weeks. */
const daysPerWeek = 7;

/**
 * Whether a trend meets `target` by `deadline`: "Met" when the line already meets it at the latest date,
 * "On track" when the projection reaches it on or before the deadline, "Off track" when it reaches it
 * later, never (flat or moving away), or the deadline has passed.
 *
 * The target is in the values' units; the deadline is an Excel serial date. Throws a StatsError
 * ("invalid-argument") when the target or deadline is not a finite number.
 *
 * @example
 * onTrackStatus({ n: 3, slopePerWeek: 2, intercept: 0, latestDate: 46098, fittedAtLatest: 74 }, 80, 46119); // => "On track"
 */
export function onTrackStatus(
  trend: Pick<LinearTrend, "slopePerWeek" | "fittedAtLatest" | "latestDate">,
  target: number,
  deadline: ExcelSerialDate,
  direction: Direction = "up",
): OnTrackStatus {
  if (!Number.isFinite(deadline)) {
    throw new StatsError("invalid-argument", `The deadline must be a date; got ${deadline}.`);
  }
  let weeks: number;
  try {
    weeks = weeksToTarget(trend, target, direction);
  } catch (error) {
    if (error instanceof StatsError && error.code === "flat-trend") return "Off track";
    throw error;
  }
  if (weeks === 0) return "Met";
  return trend.latestDate + weeks * daysPerWeek <= deadline ? "On track" : "Off track";
}
