import type { SeededRandom } from "./seededRandom";

/** Hands out whole numbers of failures for successive samples of one group. */
export interface FailureBudget {
  /**
   * How many of the next sample's `available` answers fail, given that `expectedFailures` (a
   * fraction) would fail at the planned rate.
   */
  take(expectedFailures: number, available: number): number;
}

/**
 * Creates a budget that rounds each sample's expected failures up or down at random but carries the
 * rounding error forward, so that a group's pooled rate over the whole period lands within one answer
 * of its plan. Plain coin-flips per answer would drift by several points on samples this small, and the
 * sample workbook has to show the documented pattern, not a lucky or unlucky draw of it.
 *
 * @example
 * const budget = failureBudget(seededRandom(1));
 * budget.take(2.4, 60); // => 2 or 3; over many calls the total stays within 1 of the sum expected
 */
export function failureBudget(random: SeededRandom): FailureBudget {
  let carried = 0;
  return {
    take(expectedFailures, available) {
      const wanted = expectedFailures + carried;
      const failures = Math.min(available, Math.max(0, Math.floor(wanted + random.next())));
      carried = wanted - failures;
      return failures;
    },
  };
}
