import { linearRegression } from "simple-statistics";
import { xmrChart } from "../stats";
import type { GapDirection, GapPoint, VariationOverTime } from "./beneathTheScore";
import { formatPercent } from "./formatPercent";
import { pluralLabel } from "./groupWords";
import type { DimensionResult, PeriodLength } from "./types";

const daysPerWeek = 7;
/** Days a period covers, to say how many weeks a series spans (a month is 30.44 days on average). */
const periodDays: Record<PeriodLength, number> = { week: 7, fortnight: 14, month: 30.44 };
/**
 * A gap whose trend line moves less than this over the whole series (2 percentage points) is
 * "steady": smaller changes are within what one or two records move a period's rate.
 */
const steadyGapChange = 0.02;
/** Values closer than this are the same result (sums of scores differ in the last binary digits). */
const sameValue = 1e-9;

/** One group's period series, as `gapPoints` reads it. */
export interface GroupSeries {
  name: string;
  series: ReadonlyArray<{ start: number; label: string; value: number; partial?: boolean }>;
}

/**
 * The gap between the best and the worst group in each period where at least two groups have a
 * result, oldest first. When every group has the same value, no group is named best or worst: the
 * point says the value they are level at. A period partial for any group is marked partial. Pure.
 *
 * @example
 * gapPoints([{ name: "A", series: [{ start: 0, label: "Wk 1", value: 0.9 }] }, { name: "B", series: [{ start: 0, label: "Wk 1", value: 0.65 }] }])[0].gap;
 * // => 0.25 (to 10 decimal places)
 */
export function gapPoints(groups: readonly GroupSeries[], direction: "up" | "down" = "up"): GapPoint[] {
  const byPeriod = new Map<number, { label: string; values: { name: string; value: number }[]; partial: boolean }>();
  for (const group of groups) {
    for (const point of group.series) {
      if (!Number.isFinite(point.value)) continue;
      let period = byPeriod.get(point.start);
      if (!period) byPeriod.set(point.start, (period = { label: point.label, values: [], partial: false }));
      period.values.push({ name: group.name, value: point.value });
      if (point.partial) period.partial = true;
    }
  }
  return [...byPeriod.entries()]
    .sort(([a], [b]) => a - b)
    .filter(([, period]) => period.values.length >= 2)
    .map(([start, period]) => {
      let highest = period.values[0];
      let lowest = period.values[0];
      for (const entry of period.values) {
        if (entry.value > highest.value) highest = entry;
        if (entry.value < lowest.value) lowest = entry;
      }
      const [best, worst] = direction === "up" ? [highest, lowest] : [lowest, highest];
      const level = highest.value - lowest.value < sameValue;
      const point: GapPoint = level
        ? { start, label: period.label, gap: 0, best: null, worst: null, levelAt: lowest.value, groups: period.values.length }
        : { start, label: period.label, gap: highest.value - lowest.value, best: best.name, worst: worst.name, groups: period.values.length };
      if (period.partial) point.partial = true;
      return point;
    });
}

/**
 * The least-squares slope of the gap per week (simple-statistics' `linearRegression`, with x in
 * weeks from the first period), or null with fewer than 2 points. Undated periods count one week each.
 *
 * @example
 * gapSlopePerWeek([{ start: 46027, gap: 0.25 }, { start: 46034, gap: 0.2 }, { start: 46041, gap: 0.15 }], true); // => -0.05 (to 10 decimal places)
 */
export function gapSlopePerWeek(points: ReadonlyArray<Pick<GapPoint, "start" | "gap">>, datedPeriods: boolean): number | null {
  if (points.length < 2) return null;
  const first = points[0].start;
  const weeksOf = (start: number) => (datedPeriods ? (start - first) / daysPerWeek : start - first);
  if (points.every((p) => p.start === first)) return null;
  return linearRegression(points.map((p) => [weeksOf(p.start), p.gap])).m;
}

const points = (gap: number) => Math.round(gap * 100);
/** "1 point", "14 points". */
const pointsText = (gap: number) => `${points(gap)} point${points(gap) === 1 ? "" : "s"}`;

/**
 * The gap in one period in words, never naming one group as both best and worst: "3 points between
 * Team A and Team B", "under 1 point between Team A and Team B" (a gap that rounds to 0), or, when
 * every group had the same value, "all 3 teams level at 85%" ("both teams", or "the 2 teams audited"
 * when fewer than the groups compared had a result then).
 */
function gapInPeriod(point: GapPoint, plural: string, compared: number): string {
  if (point.best === null || point.worst === null) {
    const who = point.groups < compared ? `the ${point.groups} ${plural} audited` : point.groups === 2 ? `both ${plural}` : `all ${point.groups} ${plural}`;
    return `${who} level at ${formatPercent(point.levelAt ?? Number.NaN)}`;
  }
  return `${points(point.gap) === 0 ? "under 1 point" : pointsText(point.gap)} between ${point.best} and ${point.worst}`;
}

/**
 * Is the variation between the groups of each dimension reducing? For every dimension with at least
 * two groups judged (insufficient-evidence groups are left out: a handful of records makes any gap),
 * the gap between the best and the worst group per period, its least-squares trend per week, its
 * Making Data Count reading (smaller is better) and a sentence: "Gap between teams narrowing from 25
 * to 3 points over 12 weeks". Narrowing or widening when the trend line moves by at least 2 points over
 * the series (`steadyGapChange`); the "from" and "to" figures are the first and last complete periods'
 * gaps. Partial periods are shown but not used. Pure.
 *
 * @example
 * // Team gaps of 25, 20, ... 3 points over 12 weekly periods:
 * // variationOverTime(dimensions, { period: "week", datedPeriods: true, direction: "up" })[0].direction // => "narrowing"
 */
export function variationOverTime(dimensions: readonly DimensionResult[], context: { period: PeriodLength; datedPeriods: boolean; direction: "up" | "down"; spcMethod?: "MDC" | "PLOTTHEDOTS" }): VariationOverTime[] {
  return dimensions.flatMap((dimension): VariationOverTime[] => {
    const judged = dimension.groups.filter((g) => g.status !== "insufficient-evidence");
    if (judged.length < 2) return [];
    const all = gapPoints(judged, context.direction);
    const complete = all.filter((p) => !p.partial);
    const plural = pluralLabel(dimension.label);
    const slopePerWeek = gapSlopePerWeek(complete, context.datedPeriods);
    if (complete.length < 2 || slopePerWeek === null) {
      const only = complete[0];
      const sentence = only ? `Gap between ${plural} in ${only.label}: ${gapInPeriod(only, plural, judged.length)}; too few periods to say whether it is reducing.` : `Gap between ${plural}: no period in which two or more of them were audited.`;
      return [{ dimension: dimension.dimension, label: dimension.label, points: all, slopePerWeek: null, weeks: null, direction: null, spc: null, sentence }];
    }
    const first = complete[0];
    const last = complete[complete.length - 1];
    const spanDays = context.datedPeriods ? last.start - first.start + periodDays[context.period] : (last.start - first.start + 1) * daysPerWeek;
    const weeks = Math.round(spanDays / daysPerWeek);
    const fittedChange = slopePerWeek * (context.datedPeriods ? (last.start - first.start) / daysPerWeek : last.start - first.start);
    const direction: GapDirection = Math.abs(fittedChange) < steadyGapChange ? "steady" : fittedChange < 0 ? "narrowing" : "widening";
    const chart = xmrChart(complete.map((p) => p.gap), { direction: "down", method: context.spcMethod ?? "MDC" });
    const spc = { mean: chart.mean, lowerLimit: chart.lpl, upperLimit: chart.upl, variation: chart.variation, provisional: chart.provisional };
    // "from 25 to 3" only when the first and latest periods move the way the trend line does; otherwise
    // the trend line's own change, with the two periods that do not show it ("widening from 33 to 33" never).
    const endsAgree = direction === "narrowing" ? points(last.gap) < points(first.gap) : points(last.gap) > points(first.gap);
    const movement = direction === "steady"
      ? `steady at about ${pointsText(chart.mean)}`
      : endsAgree
        ? `${direction} from ${points(first.gap)} to ${pointsText(last.gap)}`
        : `${direction} by about ${pointsText(Math.abs(fittedChange))}`;
    const span = `over ${weeks} week${weeks === 1 ? "" : "s"}${direction === "steady" || endsAgree ? "" : ` on its trend line, though its first and latest complete periods were ${points(first.gap)} and ${pointsText(last.gap)}`}`;
    const spcText = spc.variation === "Common Cause" ? "SPC: common cause variation" : `SPC: ${spc.variation}${spc.variation === "Improvement (Low)" ? ", a real reduction" : spc.variation === "Concern (High)" ? ", a real widening" : ""}`;
    const sentence = `Gap between ${plural} ${movement} ${span} (${spcText}; latest ${last.label}: ${gapInPeriod(last, plural, judged.length)}).`;
    return [{ dimension: dimension.dimension, label: dimension.label, points: all, slopePerWeek, weeks, direction, spc, sentence }];
  });
}
