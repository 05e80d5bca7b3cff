import type { ExcelSerialDate } from "../values";
import { StatsError } from "../stats/errors";
import type { GapPoint } from "./beneathTheScore";
import { choosePeriodLength } from "./choosePeriodLength";
import { periodLabel } from "./periodLabel";
import { periodStart } from "./periodStart";
import type { PeriodLength } from "./types";
import { gapPoints, gapSlopePerWeek, type GroupSeries } from "./variationOverTime";

/** The gap between groups per period and how fast it moves. */
export interface GapTrend {
  /** Least-squares slope of the gap per week, in the scores' units (points a week for percentages). */
  slopePerWeek: number;
  period: PeriodLength;
  points: GapPoint[];
}

/**
 * How fast the gap between the best and the worst group is moving (CQC.GAPTREND): the scores are
 * averaged per group and period (weeks from Monday, fortnights from the first audit's week, or
 * calendar months; chosen from the data as the analysis does unless given), the gap between the
 * highest and lowest group mean is taken in every period where two or more groups have scores, and the
 * least-squares slope of those gaps against the periods' first days is returned per week. Negative
 * means the gap is narrowing. Units are the scores' units. Throws a StatsError: "mismatched-lengths"
 * when the lists differ in length, "insufficient-data" with fewer than 2 such periods.
 *
 * @example
 * // Team A scores 95 every week; Team B 70, 75, 80 in the weeks from 05/01/2026 (46027):
 * gapTrend([95, 70, 95, 75, 95, 80], ["A", "B", "A", "B", "A", "B"], [46027, 46027, 46034, 46034, 46041, 46041], "week").slopePerWeek; // => -5
 */
export function gapTrend(scores: ArrayLike<number>, groups: readonly string[], dates: ArrayLike<ExcelSerialDate>, period?: PeriodLength): GapTrend {
  if (scores.length !== groups.length || scores.length !== dates.length) {
    throw new StatsError("mismatched-lengths", `A gap trend needs one group and one date for each score; got ${scores.length} scores, ${groups.length} groups and ${dates.length} dates.`);
  }
  let anchor = Number.POSITIVE_INFINITY;
  for (let i = 0; i < dates.length; i++) if (dates[i] < anchor) anchor = dates[i];
  const length = period ?? choosePeriodLength(dates, groups);
  const sums = new Map<string, Map<number, { sum: number; count: number }>>();
  for (let i = 0; i < scores.length; i++) {
    const key = periodStart(dates[i], length, anchor);
    let byPeriod = sums.get(groups[i]);
    if (!byPeriod) sums.set(groups[i], (byPeriod = new Map()));
    const cell = byPeriod.get(key) ?? { sum: 0, count: 0 };
    cell.sum += scores[i];
    cell.count += 1;
    byPeriod.set(key, cell);
  }
  const series: GroupSeries[] = [...sums.entries()].map(([name, byPeriod]) => ({
    name,
    series: [...byPeriod.entries()].map(([start, cell]) => ({ start, label: periodLabel(start, length), value: cell.sum / cell.count })),
  }));
  const points = gapPoints(series);
  const slopePerWeek = gapSlopePerWeek(points, true);
  if (slopePerWeek === null) {
    throw new StatsError("insufficient-data", `A gap trend needs at least 2 ${length}s in which two or more groups have scores; got ${points.length}.`);
  }
  return { slopePerWeek, period: length, points };
}
