/**
 * Groups a live `CQC.COMPARE` table on the Team Comparison Tracker can gain before its spill would
 * reach the block below it (#SPILL!). Twelve: a service adding a team, a shift pattern or a location
 * between refreshes adds a few groups at most; the next refresh lays the sheet out again with room
 * for twelve more.
 */
export const LIVE_COMPARE_SPARE_GROUPS = 12;

/** CQC.COMPARE spills a header row, one row per group and the service row (src/functions/functions.ts). */
const headerAndServiceRows = 2;

/**
 * Rows the tracker keeps free, from the live formula's own cell down, for a `CQC.COMPARE` spill over
 * `groups` groups today: its header, today's groups, the service row and `LIVE_COMPARE_SPARE_GROUPS`
 * groups more.
 *
 * @example
 * liveCompareRows(2); // => 16
 */
export function liveCompareRows(groups: number): number {
  return headerAndServiceRows + groups + LIVE_COMPARE_SPARE_GROUPS;
}
