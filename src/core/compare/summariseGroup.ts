import { formatCount, formatUkDate, type ExcelSerialDate } from "../values";
import { xmrLimits, specialCausePoints, assuranceLabel, wilsonInterval, meanIntervalFromMoments, funnelLimits, linearTrend, weeksToTarget as projectWeeksToTarget, onTrackStatus, StatsError } from "../stats";
import { rebasedXmrChart } from "../stats/rebasedXmrChart";
import { recoveryStartIndex } from "./recoveryStartIndex";
import { classifyGroup, concernIsOnlyWatch, type GroupEvidence } from "./classifyGroup";
import { formatPercent, formatPoints } from "./formatPercent";
import { formatPercentAgainstTarget } from "./formatPercentAgainstTarget";
import { Tally } from "./tally";
import type { FunnelPosition, GroupResult, LatestPeriod, OnTrackStatus, PeriodPoint, ResolvedSettings, SourceView, SpcSummary } from "./types";

/** Two-sided 95% intervals everywhere: the convention of Making Data Count and of CQC.COMPARE. */
const confidence = 0.95;
/** The funnel's outer limit: a unit beyond 99.8% is a genuine outlier (Spiegelhalter 2005). */
const outlierConfidence = 0.998;
const daysPerWeek = 7;
/** A source this far below another, and below target, is a mismatch worth a look (article: feedback not matching records). */
const evidenceMismatchGap = 0.1;

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
  /** Period keys only partly covered by the data or cut by the as-of date. */
  partialPeriods?: ReadonlySet<number>;
}

/**
 * Comparisons with the target allow for floating-point noise: 27 of 30 is 0.8999999999999999 in
 * binary arithmetic and meets a 90% target, in percentages or proportions alike.
 */
export const targetTolerance = 1e-9;

const isBetter = (settings: ResolvedSettings) => (value: number, target: number) =>
  settings.direction === "up" ? value >= target - targetTolerance : value <= target + targetTolerance;

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
 * and the reasons in plain English carrying the numbers. Partial periods (see `SummaryContext`) are
 * in the series, marked, but the status, trend and SPC reading rest on the complete periods.
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
    const point: PeriodPoint = { start: key, label: context.periodLabels.get(key) ?? String(key), records: tally.records, value: tally.value(poolCounts) };
    if (context.partialPeriods?.has(key)) point.partial = true;
    return point;
  });
  const complete = series.filter((p) => !p.partial);
  const completeValues = complete.map((p) => p.value);

  let spc: SpcSummary | null = null;
  const rebaseIndex = recoveryStartIndex(complete, settings.recoveryStart ?? null, context.datedPeriods);
  if (complete.length >= 2) {
    const chart = rebasedXmrChart(completeValues, rebaseIndex, { direction: settings.direction, method: settings.spcMethod, target });
    const labels = [...chart.pointLabels];
    let next = 0;
    spc = {
      mean: chart.mean,
      lowerLimit: chart.lpl,
      upperLimit: chart.upl,
      variation: chart.variation,
      assurance: chart.assurance,
      pointLabels: series.map((p) => (p.partial ? partialPointLabel : labels[next++])),
      provisional: chart.provisional,
      ...(chart.rebaseIndex === null ? {} : { limitsFrom: complete[chart.rebaseIndex].label }),
      ...(chart.before === null ? {} : { limitsBefore: { mean: chart.before.mean, lowerLimit: chart.before.lpl, upperLimit: chart.before.upl } }),
    };
  }

  let trendPerWeek: number | null = null;
  let trendAtLatest: number | null = null;
  let weeksToTarget: number | null = null;
  let onTrack: OnTrackStatus | null = null;
  const last = series[series.length - 1];
  if (complete.length >= 2) {
    // Wide trackers without dates count their columns as weeks.
    const xs = complete.map((p) => (context.datedPeriods ? p.start : p.start * daysPerWeek));
    const trend = linearTrend(xs, completeValues);
    trendPerWeek = trend.slopePerWeek;
    trendAtLatest = trend.fittedAtLatest;
    weeksToTarget = weeksOrNull(() => projectWeeksToTarget(trend, target, settings.direction));
    if (context.deadline !== null && context.datedPeriods) onTrack = onTrackStatus(trend, target, context.deadline, settings.direction);
    else if (weeksToTarget === 0) onTrack = "Met";
    // Once the deadline has passed, a group not at target cannot still be on track for it.
    if (onTrack === "On track" && deadlineHasPassed(context)) onTrack = "Off track";
  }

  let recentPeriodsMeetingTarget = 0;
  for (let i = complete.length - 1; i >= 0 && meets(complete[i].value, target); i--) recentPeriodsMeetingTarget++;

  let latest: LatestPeriod | null = null;
  if (last) {
    const lastTally = group.periods.get(last.start)!;
    const sampleSize = poolCounts ? lastTally.checked : lastTally.records;
    latest = { start: last.start, label: last.label, records: last.records, value: last.value, ...funnelPosition(last.value, sampleSize, settings) };
  }

  // Judged on the new process once the recovery started (a weak start no longer counts against it),
  // as soon as it has the periods the signals need; until then on the whole series.
  const newProcess = rebaseIndex !== null && completeValues.length - rebaseIndex - 1 >= minimumBaselinePeriods;
  const signals = decisionSignals(newProcess ? completeValues.slice(rebaseIndex) : completeValues, settings);
  const whollyBelowTarget = settings.direction === "up" ? upper < target : lower > target;
  const whollyMeetsTarget = settings.direction === "up" ? lower >= target : upper <= target;
  const evidence: GroupEvidence = {
    records: group.total.records,
    periods: complete.length,
    meanMeetsTarget: meets(mean, target),
    whollyBelowTarget,
    whollyMeetsTarget,
    recentPeriodsMeetingTarget,
    shareOfPeriodsMeetingTarget: complete.length ? complete.filter((p) => meets(p.value, target)).length / complete.length : 0,
    recentImprovementSignal: signals.recentImprovement,
    latestConcernSignal: signals.latestConcern,
    assurancePass: signals.assurancePass,
    trendImproving: trendPerWeek !== null && (settings.direction === "up" ? trendPerWeek > 0 : trendPerWeek < 0),
    onTrack,
    minimumRecords: settings.minimumRecords,
    minimumPeriods: settings.minimumPeriods,
    periodsToClose: settings.periodsToClose,
  };
  const status = classifyGroup(evidence);
  const watch = evidence.records >= settings.minimumRecords && evidence.periods >= settings.minimumPeriods && concernIsOnlyWatch(evidence) ? watchNote(group.name, complete, settings) : null;

  const recentKeys = new Set(complete.slice(-settings.periodsToClose).map((p) => p.start));
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

  const reasons = explain({ group, mean, lower, upper, series, complete, spc, signals, trendPerWeek, trendAtLatest, weeksToTarget, onTrack, recentPeriodsMeetingTarget, latest, context, whollyBelowTarget, whollyMeetsTarget });
  if (watch) reasons.splice(1, 0, watch);
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
    watch,
  };
}

/** The label a partial period carries in `SpcSummary.pointLabels`: it is not read with SPC. */
const partialPointLabel = "Partial period";

function deadlineHasPassed(context: SummaryContext): boolean {
  return context.deadline !== null && context.settings.asOf > context.deadline;
}

/**
 * Fewest earlier periods the status reads SPC signals against: limits from fewer rest on three or
 * fewer moving ranges and jump with every point, so a signal from them would be a false alarm as
 * often as not (the chart is still shown, its limits said to be provisional).
 */
const minimumBaselinePeriods = 5;

interface DecisionSignals {
  recentImprovement: boolean;
  latestConcern: boolean;
  assurancePass: boolean;
  /** The latest period's label against the earlier periods' limits, or null with too few of them. */
  latestLabel: string | null;
  baselinePeriods: number;
}

/**
 * The SPC signals the status rests on. The latest complete period is judged against the limits of
 * the periods before it (Making Data Count: fix the limits on a baseline, judge new points against
 * them), so that a lower latest value can never tighten the limits it is judged by and look better.
 */
function decisionSignals(values: number[], settings: ResolvedSettings): DecisionSignals {
  const baselinePeriods = values.length - 1;
  if (baselinePeriods < minimumBaselinePeriods) return { recentImprovement: false, latestConcern: false, assurancePass: false, latestLabel: null, baselinePeriods };
  const limits = xmrLimits(values, { method: settings.spcMethod, baselineLength: baselinePeriods });
  const labels = specialCausePoints(values, limits, { direction: settings.direction, method: settings.spcMethod }).map((p) => p.label);
  const improvement = settings.direction === "up" ? "Improvement (High)" : "Improvement (Low)";
  const latestLabel = labels[labels.length - 1];
  return {
    recentImprovement: labels.slice(-settings.periodsToClose).includes(improvement),
    latestConcern: latestLabel.startsWith("Concern"),
    assurancePass: assuranceLabel(settings.target, limits, settings.direction, settings.spcMethod) === "Pass",
    latestLabel,
    baselinePeriods,
  };
}

/** "Team C: watch: the latest period (w/c 23/03/2026) fell from 100% to 97%, ..." */
function watchNote(name: string, complete: PeriodPoint[], settings: ResolvedSettings): string {
  const latest = complete[complete.length - 1];
  const before = complete[complete.length - 2];
  const moved = settings.direction === "up" ? "fell" : "rose";
  const target = formatPercent(settings.target, targetDecimals(settings.target));
  return `${name}: watch: the latest period (${latest.label}) ${moved} from ${formatPercentAgainstTarget(before.value, settings.target)} to ${formatPercentAgainstTarget(latest.value, settings.target)}, a change SPC flags against the limits of the periods before it, but the last ${formatCount(settings.periodsToClose, "period")} all met the ${target} target and the process reliably meets it (assurance Pass): a note to watch, not a deterioration, and no action is proposed.`;
}

function targetDecimals(target: number): number {
  return Math.round(target * 100) === target * 100 ? 0 : 1;
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
  /** The series without its partial periods: what the status rests on. */
  complete: PeriodPoint[];
  spc: SpcSummary | null;
  /** The SPC reading the status used, which may differ from the chart's (limits drawn without the latest period). */
  signals: DecisionSignals;
  trendPerWeek: number | null;
  /** The trend line's value at the latest complete period. */
  trendAtLatest: number | null;
  weeksToTarget: number | null;
  onTrack: OnTrackStatus | null;
  recentPeriodsMeetingTarget: number;
  latest: LatestPeriod | null;
  context: SummaryContext;
  whollyBelowTarget: boolean;
  whollyMeetsTarget: boolean;
}

/** The trend line counts as "at the target" within half a percentage point of it; else above or below. */
const atTargetPoints = 0.005;

/** A 95% interval as text whose ends never read as the target, or as each other, unless they are. */
function intervalText(lower: number, upper: number, target: number): string {
  let low = formatPercentAgainstTarget(lower, target);
  let high = formatPercentAgainstTarget(upper, target);
  if (low === high && Math.abs(upper - lower) > targetTolerance) [low, high] = [formatPercent(lower, 1), formatPercent(upper, 1)];
  return `${low.replace(/%$/, "")}-${high}`;
}

function explain(e: Explanation): string[] {
  const { settings, poolCounts, deadline } = e.context;
  const target = formatPercent(settings.target, targetDecimals(settings.target));
  const percent = (value: number) => formatPercentAgainstTarget(value, settings.target);
  const unit = poolCounts ? `${formatCount(e.group.total.checked, "item")} in ${formatCount(e.group.total.records, "record")}` : formatCount(e.group.total.records, "record");
  const interval = Number.isFinite(e.lower) ? ` (95% CI ${intervalText(e.lower, e.upper, settings.target)})` : "";
  const position = e.whollyBelowTarget ? `below the ${target} target` : e.whollyMeetsTarget ? `meets the ${target} target` : `not yet clearly above or below the ${target} target`;
  let first = `${e.group.name}: ${percent(e.mean)} over ${unit}${interval}, ${position}`;
  if (e.trendPerWeek !== null) {
    const direction = Math.abs(e.trendPerWeek) < 0.0005 ? "flat" : e.trendPerWeek > 0 ? `rising ${formatPoints(e.trendPerWeek)} a week` : `falling ${formatPoints(e.trendPerWeek)} a week`;
    first += `; ${direction}`;
    const passed = deadline !== null && settings.asOf > deadline;
    if (e.weeksToTarget === 0 && e.trendAtLatest !== null) {
      const better = settings.direction === "up" ? "above" : "below";
      const level = e.trendAtLatest >= 0 && e.trendAtLatest <= 1 ? ` (${percent(e.trendAtLatest)})` : "";
      first += Math.abs(e.trendAtLatest - settings.target) <= atTargetPoints ? ", the trend line is at the target" : `, the trend line is ${better} the target${level}`;
    } else if (e.weeksToTarget !== null && e.weeksToTarget > 0) {
      const weeks = Math.ceil(e.weeksToTarget);
      const when = deadline === null ? "" : passed ? `; the deadline (${formatUkDate(deadline)}) has passed` : e.onTrack === "On track" ? `, before the deadline (${formatUkDate(deadline)})` : `, after the deadline (${formatUkDate(deadline)})`;
      first += `, projected to reach target ${formatCount(weeks, "week")} after the latest complete period${when}`;
    } else if (e.weeksToTarget === null) first += ", not on course to reach the target";
  }
  const reasons = [`${first}.`];
  const periods = e.complete.length;
  const meeting = e.complete.filter((p) => (settings.direction === "up" ? p.value >= settings.target - targetTolerance : p.value <= settings.target + targetTolerance)).length;
  const lastComplete = e.complete[periods - 1];
  if (periods > 0) {
    if (meeting === periods) reasons.push(periods === 1 ? "Met the target in the one complete period." : `Met the target in every one of the last ${periods} periods.`);
    else if (meeting === 0) reasons.push(`Below the target in every one of the last ${formatCount(periods, "period")} (latest ${lastComplete.label}: ${percent(lastComplete.value)}).`);
    else {
      const latestPart = e.recentPeriodsMeetingTarget > 0 ? `, including the latest ${e.recentPeriodsMeetingTarget === 1 ? "one" : e.recentPeriodsMeetingTarget}` : `, but not the latest (${lastComplete.label}: ${percent(lastComplete.value)})`;
      reasons.push(`Met the target in ${meeting} of the last ${periods} periods${latestPart}.`);
    }
  }
  for (const point of e.series.filter((p) => p.partial)) {
    reasons.push(`${point.label} is a partial period (only partly covered by the data): ${percent(point.value)} from ${formatCount(point.records, "record")}, shown but not counted towards the status.`);
  }
  if (e.spc) {
    const provisional = e.spc.provisional ? ` (provisional limits from ${e.spc.limitsFrom === undefined ? periods : e.complete.length - e.complete.findIndex((p) => p.label === e.spc!.limitsFrom)} points)` : "";
    const rebased = e.spc.limitsFrom === undefined ? "" : `; limits from ${e.spc.limitsFrom}, when the recovery started`;
    const assurance = e.spc.assurance ? `; assurance against the target: ${e.spc.assurance}` : "";
    reasons.push(`SPC: ${e.spc.variation} at the latest complete period${assurance}${provisional}${rebased}.`);
    // Every sentence agrees with the status: say which SPC reading it rests on when the chart's differs.
    if (e.signals.latestLabel !== null && e.signals.latestLabel !== e.spc.variation) {
      reasons.push(`Against the limits of the ${e.signals.baselinePeriods} periods before it, the latest complete period reads ${e.signals.latestLabel}; the status rests on that reading.`);
    } else if (e.signals.latestLabel === null && e.spc.variation !== "Common Cause") {
      reasons.push(`Too few earlier periods (${e.signals.baselinePeriods}; at least ${minimumBaselinePeriods} are needed) to read an SPC signal for the status.`);
    }
  }
  if (e.latest && (e.latest.funnelPosition === "warning" || e.latest.funnelPosition === "outlier")) {
    const limit = settings.direction === "up" ? e.latest.funnelLower : e.latest.funnelUpper;
    reasons.push(`Latest period ${e.latest.label}: ${percent(e.latest.value)} from ${formatCount(e.latest.records, "record")} is beyond the funnel's 95% limit (${formatPercent(limit)})${e.latest.funnelPosition === "outlier" ? " and its 99.8% limit: a genuine outlier" : ""}.`);
  }
  if (e.group.total.records < settings.minimumRecords || periods < settings.minimumPeriods) {
    const word = e.series.some((p) => p.partial) ? "complete period" : "period";
    reasons.push(`Only ${formatCount(e.group.total.records, "record")} over ${formatCount(periods, word)}: at least ${formatCount(settings.minimumRecords, "record")} over ${formatCount(settings.minimumPeriods, word)} are needed to judge.`);
  }
  return reasons;
}
