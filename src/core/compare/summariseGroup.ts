import { formatCount, formatUkDate, type ExcelSerialDate } from "../values";
import { xmrChart, wilsonInterval, meanIntervalFromMoments, funnelLimits, linearTrend, weeksToTarget as projectWeeksToTarget, onTrackStatus, StatsError } from "../stats";
import { classifyGroup } from "./classifyGroup";
import { formatPercent, formatPoints } from "./formatPercent";
import { Tally } from "./tally";
import type { FunnelPosition, GroupResult, LatestPeriod, OnTrackState, PeriodPoint, ResolvedSettings, SourceView, SpcSummary } from "./types";

/** Two-sided 95% intervals everywhere: the convention of Making Data Count and of CQC.COMPARE. */
const confidence = 0.95;
/** The funnel's outer limit: a unit beyond 99.8% is a genuine outlier (Spiegelhalter 2005). */
const outlierConfidence = 0.998;
const daysPerWeek = 7;
/** A source this far below another, and below target, is a mismatch worth a look (article: feedback not matching records). */
export const evidenceMismatchGap = 0.1;

/** A group's totals as the comparison gathered them. */
export interface GroupTallies {
  name: string;
  total: Tally;
  /** Period start (or index) -> tally, for the periods the group has evidence in. */
  periods: Map<number, Tally>;
  /** Evidence source -> period key -> tally, when the data has an evidence source column. */
  sources: Map<string, Map<number, Tally>>;
}

export interface SummaryContext {
  settings: ResolvedSettings;
  poolCounts: boolean;
  serviceMean: number;
  /** Label of each period key. */
  periodLabels: Map<number, string>;
  /** Whether period keys are dates (else positions in a wide tracker: one per week). */
  datedPeriods: boolean;
  deadline: ExcelSerialDate | null;
}

const isBetter = (settings: ResolvedSettings) => (value: number, target: number) =>
  settings.direction === "up" ? value >= target : value <= target;

/** The 95% interval of a group's value: Wilson for pooled pass/fail data, Student t for mean scores. */
export function intervalOf(tally: Tally, poolCounts: boolean): { lower: number; upper: number } {
  if (poolCounts) return tally.checked > 0 ? wilsonInterval(tally.passed, tally.checked, confidence) : { lower: Number.NaN, upper: Number.NaN };
  if (tally.records < 2) return { lower: Number.NaN, upper: Number.NaN };
  const mean = tally.scoreSum / tally.records;
  const squaredDeviations = Math.max(0, tally.scoreSumOfSquares - tally.records * mean * mean);
  const { lower, upper } = meanIntervalFromMoments(tally.records, mean, squaredDeviations, confidence);
  return { lower: Math.max(0, lower), upper: Math.min(1, upper) };
}

function funnelPosition(value: number, sampleSize: number, settings: ResolvedSettings): Omit<LatestPeriod, "start" | "label" | "records" | "value"> {
  const inner = funnelLimits(settings.target, sampleSize, confidence);
  const outer = funnelLimits(settings.target, sampleSize, outlierConfidence);
  const up = settings.direction === "up";
  const worseThan = (limit: number) => (up ? value < limit : value > limit);
  const betterThan = (limit: number) => (up ? value > limit : value < limit);
  let position: FunnelPosition = "within";
  if (worseThan(up ? outer.lower : outer.upper)) position = "outlier";
  else if (worseThan(up ? inner.lower : inner.upper)) position = "warning";
  else if (betterThan(up ? inner.upper : inner.lower)) position = "above";
  return { funnelLower: inner.lower, funnelUpper: inner.upper, funnelPosition: position };
}

/**
 * Everything the comparison says about one group: its level with a 95% interval, its series per
 * period read with SPC, its trend and projection, its latest period against the funnel, its status
 * and the reasons in plain English carrying the numbers.
 */
export function summariseGroup(group: GroupTallies, context: SummaryContext): GroupResult {
  const { settings, poolCounts } = context;
  const meets = isBetter(settings);
  const target = settings.target;
  const mean = group.total.value(poolCounts);
  const { lower, upper } = intervalOf(group.total, poolCounts);
  const keys = [...group.periods.keys()].sort((a, b) => a - b);
  const series: PeriodPoint[] = keys.map((key) => {
    const tally = group.periods.get(key)!;
    return { start: key, label: context.periodLabels.get(key) ?? String(key), records: tally.records, value: tally.value(poolCounts) };
  });

  let spc: SpcSummary | null = null;
  if (series.length >= 2) {
    const chart = xmrChart(
      series.map((p) => p.value),
      { direction: settings.direction, method: settings.spcMethod, target }
    );
    spc = {
      mean: chart.mean,
      lowerLimit: chart.lpl,
      upperLimit: chart.upl,
      variation: chart.variation,
      assurance: chart.assurance,
      pointLabels: [...chart.pointLabels],
      provisional: chart.provisional,
    };
  }

  let trendPerWeek: number | null = null;
  let weeksToTarget: number | null = null;
  let onTrack: OnTrackState | null = null;
  const last = series[series.length - 1];
  if (series.length >= 2) {
    // Wide trackers without dates count their columns as weeks.
    const xs = series.map((p) => (context.datedPeriods ? p.start : p.start * daysPerWeek));
    const trend = linearTrend(xs, series.map((p) => p.value));
    trendPerWeek = trend.slopePerWeek;
    weeksToTarget = weeksOrNull(() => projectWeeksToTarget(trend, target, settings.direction));
    if (context.deadline !== null && context.datedPeriods) onTrack = onTrackStatus(trend, target, context.deadline, settings.direction);
    else if (weeksToTarget === 0) onTrack = "Met";
  }

  let recentPeriodsMeetingTarget = 0;
  for (let i = series.length - 1; i >= 0 && meets(series[i].value, target); i--) recentPeriodsMeetingTarget++;

  let latest: LatestPeriod | null = null;
  if (last) {
    const lastTally = group.periods.get(last.start)!;
    const sampleSize = poolCounts ? lastTally.checked : lastTally.records;
    latest = { start: last.start, label: last.label, records: last.records, value: last.value, ...funnelPosition(last.value, sampleSize, settings) };
  }

  const improvementLabel = settings.direction === "up" ? "Improvement (High)" : "Improvement (Low)";
  const recentLabels = spc ? spc.pointLabels.slice(-settings.periodsToClose) : [];
  const latestLabel = spc ? spc.pointLabels[spc.pointLabels.length - 1] : "";
  const whollyBelowTarget = settings.direction === "up" ? upper < target : lower > target;
  const whollyMeetsTarget = settings.direction === "up" ? lower >= target : upper <= target;

  const status = classifyGroup({
    records: group.total.records,
    periods: series.length,
    meanMeetsTarget: meets(mean, target),
    whollyBelowTarget,
    whollyMeetsTarget,
    recentPeriodsMeetingTarget,
    shareOfPeriodsMeetingTarget: series.length ? series.filter((p) => meets(p.value, target)).length / series.length : 0,
    recentImprovementSignal: recentLabels.includes(improvementLabel),
    latestConcernSignal: latestLabel.startsWith("Concern"),
    onTrack,
    minimumRecords: settings.minimumRecords,
    minimumPeriods: settings.minimumPeriods,
    periodsToClose: settings.periodsToClose,
  });

  const recentKeys = new Set(keys.slice(-settings.periodsToClose));
  const sources: SourceView[] = [...group.sources.entries()]
    .map(([source, periods]) => {
      const total = new Tally();
      const recent = new Tally();
      for (const [key, tally] of periods) {
        total.merge(tally);
        if (recentKeys.has(key)) recent.merge(tally);
      }
      return { source, records: total.records, mean: total.value(poolCounts), recentMean: recent.records ? recent.value(poolCounts) : null };
    })
    .sort((a, b) => a.mean - b.mean);
  const evidenceMismatch = describeMismatch(group.name, sources, settings);

  const reasons = explain({ group, mean, lower, upper, series, spc, trendPerWeek, weeksToTarget, onTrack, recentPeriodsMeetingTarget, latest, context, whollyBelowTarget, whollyMeetsTarget });
  if (evidenceMismatch) reasons.push(evidenceMismatch);

  return {
    name: group.name,
    records: group.total.records,
    measure: poolCounts ? "pass-rate" : "score",
    mean,
    lower,
    upper,
    gapToService: mean - context.serviceMean,
    trendPerWeek,
    weeksToTarget,
    onTrack,
    recentPeriodsMeetingTarget,
    latest,
    spc,
    status,
    reasons,
    series,
    sources,
    evidenceMismatch,
  };
}

/** A projection that never reaches the target (flat, or moving away) is "no projection", not an error. */
function weeksOrNull(project: () => number): number | null {
  try {
    return project();
  } catch (error) {
    if (error instanceof StatsError && error.code === "flat-trend") return null;
    throw error;
  }
}

/**
 * Sources that disagree in the recent periods: one meets the target while another is well short of
 * it (the article's "people's feedback not matching records"). Recent, because that is where a
 * recovering service's records improve first.
 */
function describeMismatch(name: string, sources: SourceView[], settings: ResolvedSettings): string | null {
  const recent = sources.filter((s) => s.recentMean !== null) as (SourceView & { recentMean: number })[];
  if (recent.length < 2) return null;
  const meets = isBetter(settings);
  const ordered = [...recent].sort((a, b) => (settings.direction === "up" ? a.recentMean - b.recentMean : b.recentMean - a.recentMean));
  const worst = ordered[0];
  const best = ordered[ordered.length - 1];
  if (!meets(best.recentMean, settings.target) || meets(worst.recentMean, settings.target)) return null;
  if (Math.abs(best.recentMean - worst.recentMean) < evidenceMismatchGap) return null;
  return `${name}: evidence sources disagree in the last ${settings.periodsToClose} periods: ${best.source} ${formatPercent(best.recentMean)} meets the target but ${worst.source} is ${formatPercent(worst.recentMean)}.`;
}

interface Explanation {
  group: GroupTallies;
  mean: number;
  lower: number;
  upper: number;
  series: PeriodPoint[];
  spc: SpcSummary | null;
  trendPerWeek: number | null;
  weeksToTarget: number | null;
  onTrack: OnTrackState | null;
  recentPeriodsMeetingTarget: number;
  latest: LatestPeriod | null;
  context: SummaryContext;
  whollyBelowTarget: boolean;
  whollyMeetsTarget: boolean;
}

function explain(e: Explanation): string[] {
  const { settings, poolCounts, deadline } = e.context;
  const target = formatPercent(settings.target);
  const unit = poolCounts ? `${formatCount(e.group.total.checked, "item")} in ${formatCount(e.group.total.records, "record")}` : formatCount(e.group.total.records, "record");
  const intervalText = Number.isFinite(e.lower) ? ` (95% CI ${Math.round(e.lower * 100)}-${formatPercent(e.upper)})` : "";
  const position = e.whollyBelowTarget ? `below the ${target} target` : e.whollyMeetsTarget ? `meets the ${target} target` : `not yet clearly above or below the ${target} target`;
  let first = `${e.group.name}: ${formatPercent(e.mean)} over ${unit}${intervalText}, ${position}`;
  if (e.trendPerWeek !== null) {
    const direction = Math.abs(e.trendPerWeek) < 0.0005 ? "flat" : e.trendPerWeek > 0 ? `rising ${formatPoints(e.trendPerWeek)} a week` : `falling ${formatPoints(e.trendPerWeek)} a week`;
    first += `; ${direction}`;
    if (e.weeksToTarget === 0) first += ", the trend line is at the target";
    else if (e.weeksToTarget !== null && e.weeksToTarget > 0) {
      const when = deadline === null ? "" : e.onTrack === "On track" ? `, before the deadline (${formatUkDate(deadline)})` : `, after the deadline (${formatUkDate(deadline)})`;
      first += `, projected to reach target in ${Math.ceil(e.weeksToTarget)} week${Math.ceil(e.weeksToTarget) === 1 ? "" : "s"}${when}`;
    } else if (e.weeksToTarget === null) first += ", not on course to reach the target";
  }
  const reasons = [`${first}.`];
  if (e.recentPeriodsMeetingTarget > 0) {
    reasons.push(`Met the target in ${e.recentPeriodsMeetingTarget === e.series.length ? "every period" : `the last ${e.recentPeriodsMeetingTarget} period${e.recentPeriodsMeetingTarget === 1 ? "" : "s"}`} of ${e.series.length}.`);
  } else if (e.series.length > 0) reasons.push(`Below the target in the latest period (${e.latest?.label}: ${formatPercent(e.latest?.value ?? Number.NaN)}).`);
  if (e.spc) {
    const provisional = e.spc.provisional ? ` (provisional limits from ${e.series.length} points)` : "";
    const assurance = e.spc.assurance ? `; assurance against the target: ${e.spc.assurance}` : "";
    reasons.push(`SPC: ${e.spc.variation} at the latest period${assurance}${provisional}.`);
  }
  if (e.latest && (e.latest.funnelPosition === "warning" || e.latest.funnelPosition === "outlier")) {
    const limit = settings.direction === "up" ? e.latest.funnelLower : e.latest.funnelUpper;
    reasons.push(`Latest period ${e.latest.label}: ${formatPercent(e.latest.value)} from ${formatCount(e.latest.records, "record")} is beyond the funnel's 95% limit (${formatPercent(limit)})${e.latest.funnelPosition === "outlier" ? " and its 99.8% limit: a genuine outlier" : ""}.`);
  }
  if (e.group.total.records < settings.minimumRecords || e.series.length < settings.minimumPeriods) {
    reasons.push(`Only ${formatCount(e.group.total.records, "record")} over ${formatCount(e.series.length, "period")}: at least ${formatCount(settings.minimumRecords, "record")} over ${settings.minimumPeriods} periods are needed to judge.`);
  }
  return reasons;
}
