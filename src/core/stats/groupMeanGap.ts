import { StatsError } from "./errors";
import { groupMoments } from "./groupMoments";

/** A group's name and mean. */
export interface GroupMean {
  /** The group's name. */
  group: string;
  /** Its mean score, in the scores' units. */
  mean: number;
}

/** The spread between the best- and worst-scoring groups. */
export interface GroupMeanGap {
  /** Highest group mean minus lowest, in the scores' units (never negative). */
  gap: number;
  /** The group with the highest mean (the first to appear, on a tie). */
  highest: GroupMean;
  /** The group with the lowest mean (the first to appear, on a tie). */
  lowest: GroupMean;
  /** How many groups were compared. */
  groupCount: number;
}

/**
 * The gap between the highest and lowest group mean, in the scores' units: what CQC.VARIATION returns
 * and the service-level "gap between best and worst group".
 *
 * Throws a StatsError: "mismatched-lengths" when the lists differ in length; "insufficient-data" with
 * fewer than 2 groups; "invalid-argument" for a score that is not a finite number.
 *
 * @example
 * groupMeanGap([80, 90, 70], ["A", "A", "B"]).gap; // => 15
 */
export function groupMeanGap(scores: ArrayLike<number>, groups: ArrayLike<string>): GroupMeanGap {
  const moments = groupMoments(scores, groups);
  const groupCount = moments.names.length;
  if (groupCount < 2) {
    throw new StatsError("insufficient-data", `A gap between groups needs at least 2 groups; got ${groupCount}.`);
  }
  let highest = 0;
  let lowest = 0;
  for (let g = 1; g < groupCount; g++) {
    if (moments.means[g] > moments.means[highest]) highest = g;
    if (moments.means[g] < moments.means[lowest]) lowest = g;
  }
  return {
    gap: moments.means[highest] - moments.means[lowest],
    highest: { group: moments.names[highest], mean: moments.means[highest] },
    lowest: { group: moments.names[lowest], mean: moments.means[lowest] },
    groupCount,
  };
}
