import type { Proportion } from "../values/types";
import type { Direction } from "./direction";
import { StatsError } from "./errors";
import { groupMoments } from "./groupMoments";
import { meanIntervalFromMoments } from "./meanIntervalFromMoments";

/**
 * What CQC.COMPARE says of a group against a target, judged on its 95% interval rather than its mean alone:
 * `Below target` when the whole interval is on the wrong side, `Meets target` when the whole interval
 * is on the right side (touching the target counts as meeting it), `Not yet clear` otherwise or when
 * there are too few records for an interval.
 *
 * @example
 * COMPARE_STATUSES[2]; // => "Not yet clear"
 */
export const COMPARE_STATUSES = ["Below target", "Meets target", "Not yet clear"] as const;

/** A group's standing against a target. */
export type CompareStatus = (typeof COMPARE_STATUSES)[number];

/** One row of a group comparison (a group, or the whole service). */
export interface GroupSummary {
  /** The group's name ("Service" for the service row). */
  group: string;
  /** How many scores. */
  records: number;
  /** Mean score, in the scores' units. */
  mean: number;
  /** Lower bound of the t interval; null with a single record. */
  lower: number | null;
  /** Upper bound of the t interval; null with a single record. */
  upper: number | null;
  /** Mean minus the service mean, in the scores' units (negative: below the service). */
  gapToServiceMean: number;
  /** Standing against the target; null when there is no target or the direction is "neither". */
  status: CompareStatus | null;
}

/** Options for `groupComparison`. */
export interface GroupComparisonOptions {
  /** Target in the scores' units (see `targetInScoreUnits`); none by default. */
  target?: number | null;
  /** Which way is better (default "up"); decides the status and the order. */
  direction?: Direction;
  /** Confidence level of the intervals, a proportion (default 0.95). */
  confidence?: Proportion;
}

/** A comparison of groups, worst first, and the service as a whole. */
export interface GroupComparison {
  /** One row per group, worst first. */
  groups: GroupSummary[];
  /** The service row: every score together. */
  service: GroupSummary;
}

/** The name of the row that pools every group. */
const serviceName = "Service";

function statusFor(
  lower: number | null,
  upper: number | null,
  target: number | null,
  direction: Direction,
): CompareStatus | null {
  if (target === null || direction === "neither") return null;
  if (lower === null || upper === null) return "Not yet clear";
  if (direction === "up") {
    if (upper < target) return "Below target";
    return lower >= target ? "Meets target" : "Not yet clear";
  }
  if (lower > target) return "Below target";
  return upper <= target ? "Meets target" : "Not yet clear";
}

/**
 * Compares groups (teams, shifts, locations) by mean score with a 95% t interval each, as CQC.COMPARE
 * spills it: worst first, then the service as a whole.
 *
 * Status against a target: "Below target" when the whole interval is on the wrong side, "Meets
 * target" when it is wholly on the right side (touching counts), "Not yet clear" otherwise or with a
 * single record (no interval). Order: lowest mean first for `up`, highest first for `down`, furthest
 * from the service mean first for `neither`; ties keep first appearance. Scores and target share
 * units. Linear time: 100,000 scores in 20 groups take a few milliseconds.
 * Throws a StatsError: "mismatched-lengths" when the lists differ in length; "insufficient-data" when
 * there are no scores; "invalid-argument" for a score or target that is not a finite number or a
 * confidence not between 0 and 1.
 *
 * @example
 * groupComparison([70, 74, 90, 94], ["B", "B", "A", "A"], { target: 80 }).groups.map((g) => g.group); // => ["B", "A"]
 */
export function groupComparison(
  scores: ArrayLike<number>,
  groups: ArrayLike<string>,
  options: GroupComparisonOptions = {},
): GroupComparison {
  const direction = options.direction ?? "up";
  const confidence = options.confidence ?? 0.95;
  const target = options.target ?? null;
  if (!(confidence > 0 && confidence < 1)) {
    throw new StatsError(
      "invalid-argument",
      `The confidence level must be a proportion between 0 and 1, such as 0.95; got ${confidence}.`,
    );
  }
  if (target !== null && !Number.isFinite(target)) {
    throw new StatsError("invalid-argument", `The target must be a finite number; got ${target}.`);
  }
  const moments = groupMoments(scores, groups);
  const summarise = (group: string, records: number, mean: number, squares: number): GroupSummary => {
    const interval = records >= 2 ? meanIntervalFromMoments(records, mean, squares, confidence) : null;
    const lower = interval === null ? null : interval.lower;
    const upper = interval === null ? null : interval.upper;
    return {
      group,
      records,
      mean,
      lower,
      upper,
      gapToServiceMean: mean - moments.serviceMean,
      status: statusFor(lower, upper, target, direction),
    };
  };
  const rows = moments.names.map((name, g) =>
    summarise(name, moments.counts[g], moments.means[g], moments.squaredDeviations[g]),
  );
  const badness = (row: GroupSummary): number =>
    direction === "up" ? -row.mean : direction === "down" ? row.mean : Math.abs(row.gapToServiceMean);
  rows.sort((a, b) => badness(b) - badness(a));
  const service = summarise(serviceName, scores.length, moments.serviceMean, moments.serviceSquaredDeviations);
  return { groups: rows, service: { ...service, gapToServiceMean: 0 } };
}
