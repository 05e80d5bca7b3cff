// The CQC custom functions. Each one only reads its arguments (readArguments.ts, readRanges.ts), calls the core
// (src/core/stats) and turns any error into what Excel shows (toCustomFunctionsError.ts). Only the
// thirteen functions are exported from this file: custom-functions-metadata reads every exported
// function here as a formula. JSDoc below is what users read in Excel's formula autocomplete.
//
// Empty cells: hosts pass them as null, "" or 0. Blank, "" and N/A cells are skipped together with the
// matching cell of a paired range; a 0 beside a blank (or 0) date or group is skipped as an empty row;
// a 0 beside a real date or group is a genuine 0. In a single range (CQC.SPC values) a 0 is a value.
// Spilled results show "" for an empty cell, never null (which Excel would show as 0).
import {
  assuranceLabel as assuranceFromLimits,
  funnelLimits,
  groupComparison,
  groupMeanGap,
  linearTrend,
  onTrackStatus,
  passRate as passRateOf,
  targetInScoreUnits,
  weeksToTarget as weeksFromTrend,
  wilsonInterval,
  rebasedXmrChart,
  xmrLimits,
} from "../core/stats";
import { gapTrend as gapTrendOf } from "../core/compare/gapTrend";
import { ArgumentError } from "./ArgumentError";
import { readConfidence, readDateArgument, readDirection, readMethod, readNumberArgument, readPeriod, readWholeNumberArgument } from "./readArguments";
import { readAnswers, readScoresByDate, readScoresByGroup, readScoresByGroupAndDate, readValues } from "./readRanges";
import { toCustomFunctionsError } from "./toCustomFunctionsError";

/** A target typed as 90 beside no scores (CQC.FUNNEL) is read as 90%. */
const percentScale = 100;

/**
 * Throws an ArgumentError (#N/A) when fewer than `minimum` usable items remain, in the form
 * "CQC.SPC needs at least 2 values; found 1 (blank and N/A cells are skipped)." Not exported: every
 * export of this file is a formula.
 */
function requireCount(count: number, minimum: number, functionName: string, items: string): void {
  if (count >= minimum) return;
  throw new ArgumentError("not-available", `${functionName} needs at least ${minimum} ${items}; found ${count} (blank and N/A cells are skipped).`);
}

/**
 * The gap between the highest and lowest group mean, in the scores' units.
 * @customfunction VARIATION
 * @helpurl https://localhost:3000/help.html#variation
 * @param scores The scores, one per record (percentages or proportions).
 * @param groups The group of each score (team, shift, location or staff group), the same size as scores.
 * @returns Highest group mean minus lowest group mean.
 */
export function variation(scores: any[][], groups: any[][]): number {
  const name = "CQC.VARIATION";
  try {
    const read = readScoresByGroup(name, scores, groups);
    requireCount(new Set(read.partners).size, 2, name, "groups with a score");
    return groupMeanGap(read.scores, read.partners).gap;
  } catch (error) {
    throw toCustomFunctionsError(name, error);
  }
}

/**
 * How fast the gap between the best and worst group is moving, in points per week (negative: narrowing).
 * @customfunction GAPTREND
 * @helpurl https://localhost:3000/help.html#gaptrend
 * @param scores The scores, one per record (percentages or proportions).
 * @param groups The group of each score (team, shift, location or staff group), the same size as scores.
 * @param dates The date of each score (dates or dd/mm/yyyy text), the same size as scores.
 * @param [period] "week", "fortnight" or "month"; chosen from how often you audit if left out.
 * @returns The change in the best-to-worst gap per week, in the scores' units.
 */
export function gapTrend(scores: any[][], groups: any[][], dates: any[][], period?: string): number {
  const name = "CQC.GAPTREND";
  try {
    const read = readScoresByGroupAndDate(name, scores, groups, dates);
    requireCount(new Set(read.groups).size, 2, name, "groups with a score and a date");
    return gapTrendOf(read.scores, read.groups, read.dates, readPeriod(period, name)).slopePerWeek;
  } catch (error) {
    throw toCustomFunctionsError(name, error);
  }
}

/**
 * Compares groups: records, mean, 95% interval, gap to the service mean and status, worst first.
 * @customfunction COMPARE
 * @helpurl https://localhost:3000/help.html#compare
 * @param scores The scores, one per record (percentages or proportions).
 * @param groups The group of each score (team, shift, location or staff group), the same size as scores.
 * @param [target] The target, such as 90 or 0.9; gives each group a status.
 * @param [direction] "up" if higher is better (default), "down" if lower is better, or "neither".
 * @returns A table with a header row, one row per group (worst first) and a Service row.
 */
export function compare(scores: any[][], groups: any[][], target?: number, direction?: string): any[][] {
  const name = "CQC.COMPARE";
  try {
    const read = readScoresByGroup(name, scores, groups);
    requireCount(read.scores.length, 1, name, "score with a group");
    const targetNumber = readNumberArgument(target, name, "target", true);
    const comparison = groupComparison(read.scores, read.partners, {
      target: targetNumber === null ? null : targetInScoreUnits(targetNumber, read.scores),
      direction: readDirection(direction, name),
    });
    const header = ["Group", "Records", "Mean", "Lower 95%", "Upper 95%", "Gap to service mean", "Status"];
    const rows = [...comparison.groups, comparison.service].map((row) => [
      row.group,
      row.records,
      row.mean,
      row.lower ?? "",
      row.upper ?? "",
      row.gapToServiceMean,
      row.status ?? "",
    ]);
    return [header, ...rows];
  } catch (error) {
    throw toCustomFunctionsError(name, error);
  }
}

/**
 * The least-squares trend of the scores over time, in points per week.
 * @customfunction TREND
 * @helpurl https://localhost:3000/help.html#trend
 * @param scores The scores (percentages or proportions).
 * @param dates The date of each score (dates or dd/mm/yyyy text), the same size as scores.
 * @returns The change in score per week (negative when falling).
 */
export function trend(scores: any[][], dates: any[][]): number {
  const name = "CQC.TREND";
  try {
    const read = readScoresByDate(name, scores, dates);
    requireCount(read.scores.length, 2, name, "scores with a date");
    return linearTrend(read.partners, read.scores).slopePerWeek;
  } catch (error) {
    throw toCustomFunctionsError(name, error);
  }
}

/**
 * Weeks from the latest date until the trend line reaches the target; 0 if it already has.
 * @customfunction WEEKSTOTARGET
 * @helpurl https://localhost:3000/help.html#weekstotarget
 * @param scores The scores (percentages or proportions).
 * @param dates The date of each score (dates or dd/mm/yyyy text), the same size as scores.
 * @param target The target, such as 90 or 0.9.
 * @param [direction] "up" if higher is better (default), "down" if lower is better, or "neither".
 * @returns Weeks until the target is reached; #N/A if the trend is flat or moving away.
 */
export function weeksToTarget(scores: any[][], dates: any[][], target: number, direction?: string): number {
  const name = "CQC.WEEKSTOTARGET";
  try {
    const read = readScoresByDate(name, scores, dates);
    const targetNumber = readNumberArgument(target, name, "target") as number;
    const directionWord = readDirection(direction, name);
    requireCount(read.scores.length, 2, name, "scores with a date");
    const fitted = linearTrend(read.partners, read.scores);
    return weeksFromTrend(fitted, targetInScoreUnits(targetNumber, read.scores), directionWord);
  } catch (error) {
    throw toCustomFunctionsError(name, error);
  }
}

// deadline is `any`, not `number`: a deadline typed as dd/mm/yyyy text must reach us as text for the
// UK reading; Excel's own number conversion would follow the machine's locale.
/**
 * Whether the trend meets the target by the deadline: Met, On track or Off track.
 * @customfunction ONTRACK
 * @helpurl https://localhost:3000/help.html#ontrack
 * @param scores The scores (percentages or proportions).
 * @param dates The date of each score (dates or dd/mm/yyyy text), the same size as scores.
 * @param target The target, such as 90 or 0.9.
 * @param deadline The date by which the target should be met (a date or dd/mm/yyyy text).
 * @param [direction] "up" if higher is better (default), "down" if lower is better, or "neither".
 * @returns "Met", "On track" or "Off track".
 */
export function onTrack(scores: any[][], dates: any[][], target: number, deadline: any, direction?: string): string {
  const name = "CQC.ONTRACK";
  try {
    const read = readScoresByDate(name, scores, dates);
    const targetNumber = readNumberArgument(target, name, "target") as number;
    const deadlineDate = readDateArgument(deadline, name, "deadline");
    const directionWord = readDirection(direction, name);
    requireCount(read.scores.length, 2, name, "scores with a date");
    const fitted = linearTrend(read.partners, read.scores);
    return onTrackStatus(fitted, targetInScoreUnits(targetNumber, read.scores), deadlineDate, directionWord);
  } catch (error) {
    throw toCustomFunctionsError(name, error);
  }
}

/**
 * Making Data Count SPC: mean, process limits, variation and assurance, as one row.
 * @customfunction SPC
 * @helpurl https://localhost:3000/help.html#spc
 * @param values One value per period (week or month), oldest first.
 * @param [direction] "up" if higher is better (default), "down" if lower is better, or "neither".
 * @param [target] A target, such as 90 or 0.9, for the assurance label.
 * @param [method] "MDC" (default, as NHS England's tools) or "PLOTTHEDOTS" (as the R package).
 * @param [recoveryStart] The position of the first value after the recovery plan started (5 = the fifth); limits come from there on.
 * @returns Mean, lower process limit, upper process limit, variation label, assurance label.
 */
export function spc(values: any[][], direction?: string, target?: number, method?: string, recoveryStart?: number): any[][] {
  const name = "CQC.SPC";
  try {
    const read = readValues(values, name, "values");
    const directionWord = readDirection(direction, name);
    const targetNumber = readNumberArgument(target, name, "target", true);
    const methodWord = readMethod(method, name);
    const startPosition = readNumberArgument(recoveryStart, name, "recoveryStart", true);
    requireCount(read.values.length, 2, name, "values");
    if (startPosition !== null && (!Number.isInteger(startPosition) || startPosition < 1 || startPosition > read.values.length - 1)) {
      throw new ArgumentError("invalid-value", `${name}: recoveryStart must be the position of a value from 1 to ${read.values.length - 1}, leaving at least 2 values from there on; got ${startPosition}.`);
    }
    // Position 1 is the first value: nothing came before the recovery, so there is nothing to rebase.
    const chart = rebasedXmrChart(read.values, startPosition === null ? null : startPosition - 1, {
      direction: directionWord,
      method: methodWord,
      target: targetNumber === null ? null : targetInScoreUnits(targetNumber, read.values),
    });
    return [[chart.mean, chart.lpl, chart.upl, chart.variation, chart.assurance ?? ""]];
  } catch (error) {
    throw toCustomFunctionsError(name, error);
  }
}

/**
 * The Making Data Count label of every point, as a column beside the values.
 * @customfunction SPCPOINTS
 * @helpurl https://localhost:3000/help.html#spcpoints
 * @param values One value per period (week or month), oldest first.
 * @param [direction] "up" if higher is better (default), "down" if lower is better, or "neither".
 * @param [method] "MDC" (default, as NHS England's tools) or "PLOTTHEDOTS" (as the R package).
 * @returns One label per cell of values ("Common Cause", "Improvement (High)" ...); blank for skipped cells.
 */
export function spcPoints(values: any[][], direction?: string, method?: string): any[][] {
  const name = "CQC.SPCPOINTS";
  try {
    const read = readValues(values, name, "values");
    const directionWord = readDirection(direction, name);
    const methodWord = readMethod(method, name);
    requireCount(read.values.length, 2, name, "values");
    const chart = rebasedXmrChart(read.values, null, { direction: directionWord, method: methodWord });
    const column: string[][] = Array.from({ length: read.range.size }, () => [""]);
    read.cellIndexes.forEach((cellIndex, point) => {
      column[cellIndex][0] = chart.pointLabels[point];
    });
    return column;
  } catch (error) {
    throw toCustomFunctionsError(name, error);
  }
}

/**
 * Making Data Count assurance against a target: Pass, Hit or Miss, or Fail.
 * @customfunction ASSURANCE
 * @helpurl https://localhost:3000/help.html#assurance
 * @param values One value per period (week or month), oldest first.
 * @param target The target, such as 90 or 0.9.
 * @param [direction] "up" if higher is better (default) or "down" if lower is better.
 * @param [method] "MDC" (default, as NHS England's tools) or "PLOTTHEDOTS" (as the R package).
 * @returns "Pass", "Hit or Miss" or "Fail".
 */
export function assurance(values: any[][], target: number, direction?: string, method?: string): string {
  const name = "CQC.ASSURANCE";
  try {
    const read = readValues(values, name, "values");
    const targetNumber = readNumberArgument(target, name, "target") as number;
    const directionWord = readDirection(direction, name);
    const methodWord = readMethod(method, name);
    if (directionWord === "neither") {
      throw new ArgumentError(
        "not-available",
        `${name}: direction "neither" has no assurance; use "up" (higher is better) or "down".`,
      );
    }
    requireCount(read.values.length, 2, name, "values");
    const limits = xmrLimits(read.values, { method: methodWord });
    const label = assuranceFromLimits(targetInScoreUnits(targetNumber, read.values), limits, directionWord, methodWord);
    return label ?? "";
  } catch (error) {
    throw toCustomFunctionsError(name, error);
  }
}

/**
 * The Wilson interval for a pass rate from a small sample, as one row: lower, upper.
 * @customfunction WILSON
 * @helpurl https://localhost:3000/help.html#wilson
 * @param successes How many passed.
 * @param trials How many were checked.
 * @param [confidence] The confidence level, 0.95 (default) or 95%.
 * @returns Lower and upper bounds as proportions (format the cells as %).
 */
export function wilson(successes: number, trials: number, confidence?: number): any[][] {
  const name = "CQC.WILSON";
  try {
    const passed = readWholeNumberArgument(successes, name, "successes");
    const checked = readWholeNumberArgument(trials, name, "trials");
    const level = readConfidence(confidence, name);
    const interval = wilsonInterval(passed, checked, level);
    return [[interval.lower, interval.upper]];
  } catch (error) {
    throw toCustomFunctionsError(name, error);
  }
}

/**
 * Funnel-plot limits for a unit of size n around a target rate, as one row: lower, upper.
 * @customfunction FUNNEL
 * @helpurl https://localhost:3000/help.html#funnel
 * @param target The target rate, such as 0.9 or 90 (then the limits are percentages too).
 * @param n How many records the unit's rate rests on.
 * @param [confidence] The confidence level, 0.95 (default) or 0.998 for outliers.
 * @returns Lower and upper funnel limits, in the target's units.
 */
export function funnel(target: number, n: number, confidence?: number): any[][] {
  const name = "CQC.FUNNEL";
  try {
    const targetNumber = readNumberArgument(target, name, "target") as number;
    const size = readNumberArgument(n, name, "n") as number;
    const level = readConfidence(confidence, name);
    const inPercent = targetNumber > 1 && targetNumber <= percentScale;
    if (!(size > 0)) throw new ArgumentError("invalid-value", `${name}: n: ${size} is not a positive number of records.`);
    const limits = funnelLimits(inPercent ? targetNumber / percentScale : targetNumber, size, level);
    const scale = inPercent ? percentScale : 1;
    return [[limits.lower * scale, limits.upper * scale]];
  } catch (error) {
    throw toCustomFunctionsError(name, error);
  }
}

/**
 * The groups whose mean is on the wrong side of the target, worst first, or None.
 * @customfunction BELOWTARGET
 * @helpurl https://localhost:3000/help.html#belowtarget
 * @param scores The scores, one per record (percentages or proportions).
 * @param groups The group of each score (team, shift, location or staff group), the same size as scores.
 * @param target The target, such as 90 or 0.9.
 * @param [direction] "up" if higher is better (default) or "down" if lower is better.
 * @returns A column of group names, worst first, or "None".
 */
export function belowTarget(scores: any[][], groups: any[][], target: number, direction?: string): any[][] {
  const name = "CQC.BELOWTARGET";
  try {
    const read = readScoresByGroup(name, scores, groups);
    const targetNumber = readNumberArgument(target, name, "target") as number;
    const directionWord = readDirection(direction, name);
    if (directionWord === "neither") {
      throw new ArgumentError(
        "invalid-value",
        `${name}: direction "neither" has no wrong side of the target; use "up" (higher is better) or "down".`,
      );
    }
    requireCount(read.scores.length, 1, name, "score with a group");
    const goal = targetInScoreUnits(targetNumber, read.scores);
    const comparison = groupComparison(read.scores, read.partners, { target: goal, direction: directionWord });
    const below = comparison.groups.filter((row) => (directionWord === "up" ? row.mean < goal : row.mean > goal));
    return below.length === 0 ? [["None"]] : below.map((row) => [row.group]);
  } catch (error) {
    throw toCustomFunctionsError(name, error);
  }
}

/**
 * The pass rate of audit answers: Yes / (Yes + No), leaving out N/A and blanks.
 * @customfunction PASSRATE
 * @helpurl https://localhost:3000/help.html#passrate
 * @param items Audit answers: Yes/No, Y/N, Pass/Fail, Met/Not met, TRUE/FALSE, 1/0, N/A, or counts like 7/8.
 * @returns The pass rate as a proportion (format the cell as %).
 */
export function passRate(items: any[][]): number {
  const name = "CQC.PASSRATE";
  try {
    const answers = readAnswers(items, name, "items");
    const applicable = answers.filter((answer) => answer !== "na").length;
    requireCount(applicable, 1, name, "Yes or No answer");
    return passRateOf(answers).rate;
  } catch (error) {
    throw toCustomFunctionsError(name, error);
  }
}
