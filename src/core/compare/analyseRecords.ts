import { formatUkDate, isAfterDay } from "../values";
import type { CompareRecord } from "./compareRecord";
import { choosePeriodLength } from "./choosePeriodLength";
import { DIMENSION_ORDER, crossSeparator, dimensionLabel } from "./dimensionLabel";
import { formatPercent } from "./formatPercent";
import { periodLabel } from "./periodLabel";
import { periodStart } from "./periodStart";
import { lastDayCovered, partialPeriodKeys } from "./partialPeriodKeys";
import { dataFreshness } from "./dataFreshness";
import { dateBareMonths } from "./dateBareMonths";
import { foldGroupSpellings } from "./foldGroupSpellings";
import { defaultMinimumPeriods, defaultMinimumRecords, defaultPeriodsToClose, defaultTarget, type AnalysisSettings } from "./settings";
import { summariseGroup, type GroupTallies, type SummaryContext } from "./summariseGroup";
import { summariseService } from "./summariseService";
import { Tally } from "./tally";
import type { AnalysisResult, DimensionResult, GroupResult, ResolvedSettings, SourceSummary } from "./types";
import { targetForSource } from "./sourceTarget";
import { analyseBeneathTheScore, type QuestionSet } from "./analyseBeneathTheScore";
import { goalForSource } from "./goalForSource";

/** The records of one analysis (one sheet or table, or the same layout across several workbooks). */
export interface RecordSet {
  title: string;
  sources: SourceSummary[];
  records: CompareRecord[];
  /** The grouping columns the reader found, by role ("team", "shift"...). */
  groupingColumns: string[];
  /** The question columns (or sub-scores) the records' `answers` follow, when the audit has them. */
  questions?: QuestionSet | null;
}

const daysPerWeek = 7;

/**
 * Compares every group of every dimension against the target and says, in numbers and in words,
 * who is below target, who is improving, who is fragile and whether the service average hides anyone.
 * Pure: the as-of date comes in with the settings.
 */
export function analyseRecords(set: RecordSet, input: AnalysisSettings): AnalysisResult {
  const explanation: string[] = [];
  const asOf = input.asOf;
  // Headings that name a month alone ("January") are dated from the review date, then compared by month.
  const bareMonths = dateBareMonths(set.records, asOf);
  if (bareMonths !== null) {
    const result = analyseRecords({ ...set, records: bareMonths.records }, input);
    return { ...result, explanation: [bareMonths.sentence, ...result.explanation] };
  }
  // One group written two ways across sheets or workbooks ("Care Assistant", "care assistant") is one group.
  const spelled = foldGroupSpellings(set.records);
  if (spelled !== null) {
    const result = analyseRecords({ ...set, records: spelled.records }, input);
    return { ...result, explanation: [...spelled.sentences, ...result.explanation] };
  }
  // Rows wholly after the review date are left out (and counted) by the reader; what is left here is
  // a tracker's later weeks or months in rows that also hold earlier ones, or records read elsewhere.
  const records = set.records.filter((r) => r.date === null || !isAfterDay(r.date, asOf));
  const later = set.records.length - records.length;
  if (later > 0) explanation.push(`${later} record${later === 1 ? "" : "s"} dated after the review date (${formatUkDate(asOf)}) ${later === 1 ? "is" : "are"} left out.`);

  const sourceTarget = targetForSource(input.targetsBySource, set);
  const target = sourceTarget?.target ?? input.target ?? defaultTarget;
  explanation.push(`Target ${formatPercent(target, target * 100 === Math.round(target * 100) ? 0 : 1)} (${sourceTarget !== null ? `set for ${sourceTarget.name}` : input.target !== undefined ? "chosen" : "default"}).`);
  const direction = input.direction ?? "up";
  explanation.push(direction === "up" ? "Higher is better." : "Lower is better.");

  const knownOrder: readonly string[] = DIMENSION_ORDER;
  const found: string[] = knownOrder.filter((d) => set.groupingColumns.includes(d)).concat(set.groupingColumns.filter((d) => !knownOrder.includes(d)));
  const requested = input.dimensions ?? found;
  const dated = records.some((r) => r.date !== null);
  const datedRecords = dated ? records.filter((r) => r.date !== null) : records;
  const present = requested.filter((d) => found.includes(d));
  const crossRequested = (input.crossDimensions ?? []).filter(([a, b]) => found.includes(a) && found.includes(b));
  const groupsOf = new Map([...present, ...crossRequested.map(([a, b]) => `${a}${crossSeparator}${b}`)].map((d) => [d, firstGroups(datedRecords, d)]));
  const compared = (d: string) => (groupsOf.get(d)?.length ?? 0) > 1;
  // A grouping with one group (a "Service: Riverside Nursing Home" title read as a location) compares
  // nothing: its group is the service. Where teams, shifts, locations or staff groups are compared,
  // the service's result covers it, so it gets no table, action or "lowest" headline. Where nothing
  // else is (one location, or only evidence sources), its one group is kept as the service's own line,
  // so a one-location provider still gets its status, SPC chart and dashboard.
  const peopleOrPlacesCompared = [...groupsOf.keys()].some((d) => d !== "source" && compared(d));
  const firstSingle = present.find((d) => groupsOf.get(d)?.length === 1);
  const dimensions = present.filter((d) => compared(d) || (!peopleOrPlacesCompared && d === firstSingle));
  const singleGroupDimensions = present.flatMap((d) => (groupsOf.get(d)?.length === 1 && !dimensions.includes(d) ? [{ dimension: d, label: dimensionLabel(d), group: (groupsOf.get(d) as string[])[0] }] : []));
  const missing = requested.filter((d) => !found.includes(d));
  if (missing.length) explanation.push(`Not in this data, so not compared: ${missing.map(dimensionLabel).join(", ")}.`);
  for (const single of singleGroupDimensions) explanation.push(`${single.label}: only one (${single.group}), so not compared.`);
  if (firstSingle !== undefined && dimensions.includes(firstSingle)) explanation.push(`${dimensionLabel(firstSingle)}: only one (${(groupsOf.get(firstSingle) as string[])[0]}), so nothing to compare it with: its line is the service's own.`);
  const unnamed = present.filter((d) => groupsOf.get(d)?.length === 0);
  if (unnamed.length) explanation.push(`No group named in the records, so not compared: ${unnamed.map(dimensionLabel).join(", ")}.`);
  const comparedDimensions = dimensions.filter(compared);
  if (comparedDimensions.length) explanation.push(`Compared by ${comparedDimensions.map(dimensionLabel).join(", ")}${input.dimensions ? "" : " (every grouping column found)"}.`);
  else if (dimensions.length === 0) explanation.push(found.length ? "Only the service as a whole is shown." : "No team, shift, location or staff group column was found: only the service as a whole is shown.");
  const crossDimensions = crossRequested.filter(([a, b]) => compared(`${a}${crossSeparator}${b}`));

  const undated = records.length - datedRecords.length;
  // Said, not silently dropped: a record without a date cannot be placed in a period.
  if (undated > 0) explanation.push(`${undated} record${undated === 1 ? " has" : "s have"} no date, so ${undated === 1 ? "it is" : "they are"} left out: add the audit date to count ${undated === 1 ? "it" : "them"}.`);
  const anchor = dated ? earliestDate(datedRecords) : 0;
  const mainDimension = dimensions[0];
  const period = input.period ?? (dated ? choosePeriodLength(datedRecords.map((r) => r.date as number), datedRecords.map((r) => (mainDimension ? (r.groups[mainDimension] ?? "") : ""))) : "week");
  explanation.push(dated ? `Periods: ${period}${input.period ? "" : " (chosen from how often audits were done)"}.` : "Periods: the tracker's own columns.");

  const periodKeys = new Float64Array(datedRecords.length);
  const periodLabels = new Map<number, string>();
  for (let i = 0; i < datedRecords.length; i++) {
    const record = datedRecords[i];
    const key = dated ? periodStart(record.date as number, period, anchor) : (record.periodIndex ?? 0);
    periodKeys[i] = key;
    if (!periodLabels.has(key)) periodLabels.set(key, dated ? periodLabel(key, period) : (record.periodLabel ?? `Period ${key + 1}`));
  }
  const firstPeriod = datedRecords.length ? Math.min(...periodLabels.keys()) : 0;
  const goal = goalForSource(input, set);
  const deadline = goal.deadline ?? (goal.weeks !== undefined && dated ? firstPeriod + goal.weeks * daysPerWeek : null);
  if (deadline !== null) {
    const notes = [...(goal.weeks !== undefined ? [`${goal.weeks} weeks from the first period`] : []), ...(goal.setFor !== null ? [`set for ${goal.setFor}`] : [])];
    explanation.push(`Deadline ${formatUkDate(deadline)}${notes.length ? ` (${notes.join(", ")})` : ""}.`);
  }
  const recoveryStart = input.recoveryStart ?? null;
  if (recoveryStart !== null) explanation.push(`Recovery started ${formatUkDate(recoveryStart)}: SPC limits come from the periods from then on; earlier periods are shown against the limits before it.`);

  const poolCounts = datedRecords.length > 0 && datedRecords.every((r) => r.checked > 0);
  explanation.push(poolCounts ? "Measure: pooled pass rate, Yes / (Yes + No) with N/A left out; 95% Wilson intervals." : "Measure: mean audit score; 95% Student t intervals.");

  const settings: ResolvedSettings = {
    target,
    direction,
    dimensions,
    crossDimensions,
    period,
    deadline,
    minimumRecords: input.minimumRecords ?? defaultMinimumRecords,
    minimumPeriods: input.minimumPeriods ?? defaultMinimumPeriods,
    maximumGap: input.maximumGap ?? null,
    asOf,
    spcMethod: input.spcMethod ?? "MDC",
    periodsToClose: input.periodsToClose ?? defaultPeriodsToClose,
    recoveryStart,
  };
  explanation.push(`A group needs at least ${settings.minimumRecords} records over ${settings.minimumPeriods} periods to be judged; ${settings.periodsToClose} periods at target in a row count as embedded.`);

  const dimensionKeys: string[] = [...dimensions, ...crossDimensions.map(([a, b]) => `${a}${crossSeparator}${b}`)];
  const tallies = dimensionKeys.map(() => new Map<string, GroupTallies>());
  const service: GroupTallies = { name: "Service", total: new Tally(), periods: new Map(), sources: new Map() };

  const add = (group: GroupTallies, key: number, passed: number, checked: number, score: number, source: string | undefined) => {
    group.total.add(passed, checked, score);
    let periodTally = group.periods.get(key);
    if (!periodTally) group.periods.set(key, (periodTally = new Tally()));
    periodTally.add(passed, checked, score);
    if (source !== undefined) {
      let sourcePeriods = group.sources.get(source);
      if (!sourcePeriods) group.sources.set(source, (sourcePeriods = new Map()));
      let sourceTally = sourcePeriods.get(key);
      if (!sourceTally) sourcePeriods.set(key, (sourceTally = new Tally()));
      sourceTally.add(passed, checked, score);
    }
  };

  // Records with the same groups share one groups object (the reader sees to it): look their
  // tallies up once per object rather than once per record and dimension.
  const talliesByGroups = new Map<Record<string, string>, (GroupTallies | undefined)[]>();
  const talliesFor = (groups: Record<string, string>) => {
    let found = talliesByGroups.get(groups);
    if (found) return found;
    found = dimensionKeys.map((dimension, d) => {
      const name = groupName(groups, dimension);
      if (name === undefined) return undefined;
      let group = tallies[d].get(name);
      if (!group) tallies[d].set(name, (group = { name, total: new Tally(), periods: new Map(), sources: new Map() }));
      return group;
    });
    talliesByGroups.set(groups, found);
    return found;
  };
  const sourceIsDimension = dimensionKeys.map((dimension) => dimension === "source");

  for (let i = 0; i < datedRecords.length; i++) {
    const record = datedRecords[i];
    const score = record.score ?? (record.checked > 0 ? record.passed / record.checked : 0);
    const key = periodKeys[i];
    const source = record.groups.source;
    add(service, key, record.passed, record.checked, score, source);
    const groupTallies = talliesFor(record.groups);
    for (let d = 0; d < groupTallies.length; d++) {
      const group = groupTallies[d];
      if (group !== undefined) add(group, key, record.passed, record.checked, score, sourceIsDimension[d] ? undefined : source);
    }
  }

  const latestDataDate = dated && datedRecords.length ? Math.floor(latestDate(datedRecords)) : null;
  const partialPeriods = dated && latestDataDate !== null ? partialPeriodKeys([...periodLabels.keys()], period, anchor, lastDayCovered(datedRecords), asOf) : new Set<number>();
  const freshness = dataFreshness(latestDataDate, asOf, period, dated);
  explanation.push(freshness.sentence);
  if (partialPeriods.size > 0) {
    const labels = [...partialPeriods].sort((a, b) => a - b).map((key) => periodLabels.get(key) ?? String(key));
    explanation.push(`${labels.join(" and ")} ${labels.length === 1 ? "is a partial period" : "are partial periods"} (only partly covered by the data): shown, but not counted towards any status.`);
  }

  const serviceMean = service.total.value(poolCounts);
  const context: SummaryContext = { settings, poolCounts, serviceMean, periodLabels, datedPeriods: dated, deadline, partialPeriods };
  const worstFirst = (a: GroupResult, b: GroupResult) => {
    const insufficient = Number(a.status === "insufficient-evidence") - Number(b.status === "insufficient-evidence");
    return insufficient || (direction === "up" ? a.mean - b.mean : b.mean - a.mean) || a.name.localeCompare(b.name);
  };
  const dimensionResults: DimensionResult[] = dimensionKeys.map((dimension, d) => {
    const groups = [...tallies[d].values()].map((g) => summariseGroup(g, context)).sort(worstFirst);
    const means = groups.map((g) => g.mean).filter(Number.isFinite);
    return { dimension, label: dimensionLabel(dimension), groups, gap: means.length ? Math.max(...means) - Math.min(...means) : 0 };
  });

  const beneath = analyseBeneathTheScore({
    records: datedRecords, periodKeys, dimensionKeys, groupName, questions: set.questions ?? null, dimensions: dimensionResults,
    settings, periodLabels, partialPeriods, datedPeriods: dated,
  });

  return {
    title: set.title,
    settings,
    explanation,
    sources: set.sources,
    service: summariseService(service, context, dimensionResults),
    dimensions: dimensionResults,
    ...(singleGroupDimensions.length ? { singleGroupDimensions } : {}),
    freshness,
    ...beneath,
  };
}

function latestDate(records: CompareRecord[]): number {
  let last = -Infinity;
  for (const r of records) if ((r.date as number) > last) last = r.date as number;
  return last;
}

/** Math.min over a million arguments overflows the stack: one pass instead. */
function earliestDate(records: CompareRecord[]): number {
  let first = Infinity;
  for (const r of records) if ((r.date as number) < first) first = r.date as number;
  return first;
}

/** The first two distinct groups of a dimension in the records (fewer when it has fewer): one pass at most. */
function firstGroups(records: readonly CompareRecord[], dimension: string): string[] {
  const names: string[] = [];
  let lastGroups: Record<string, string> | null = null;
  for (const record of records) {
    // Records of the same groups share one object (see talliesByGroups): skip runs of it.
    if (record.groups === lastGroups) continue;
    lastGroups = record.groups;
    const name = groupName(record.groups, dimension);
    if (name === undefined || names.includes(name)) continue;
    names.push(name);
    if (names.length === 2) break;
  }
  return names;
}

function groupName(groups: Record<string, string>, dimension: string): string | undefined {
  if (!dimension.includes(crossSeparator)) return groups[dimension];
  const parts = dimension.split(crossSeparator).map((part) => groups[part]);
  return parts.every((p) => p !== undefined) ? parts.join(" / ") : undefined;
}
