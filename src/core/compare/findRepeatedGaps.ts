import type { RepeatedGap } from "./beneathTheScore";
import { formatPercent } from "./formatPercent";
import type { QuestionTallies } from "./questionTallies";
import type { DimensionResult, ResolvedSettings } from "./types";

/** Comparisons with the target allow for floating-point noise (27 of 30 meets 90%). */
const tolerance = 1e-9;

/** What `findRepeatedGaps` needs besides the dimensions. */
export interface RepeatedGapContext {
  settings: Pick<ResolvedSettings, "target" | "direction" | "periodsToClose">;
  /** Every complete period of the analysis, oldest first (partial periods left out). */
  completePeriods: readonly number[];
  periodLabels: ReadonlyMap<number, string>;
  /** Question totals, when the audit has question columns or sub-scores. */
  questions?: QuestionTallies | null;
}

/**
 * The repeated gaps of an analysis, the article's trigger for action ("action is triggered by
 * repeated team-level gaps"): a group's overall rate, or one of its questions, below target in each of
 * the last `periodsToClose` complete periods of the analysis or more. A period in which the group has
 * no result on it breaks the run, as does one at target; groups with insufficient evidence are left
 * out. Listed by dimension, then the dimension's order, the overall rate before the questions. Pure.
 *
 * @example
 * // Night below 95% on 'Escalated within 24 hours' in each of the last 4 fortnights:
 * // findRepeatedGaps(dimensions, context)[0].periods // => 4
 */
export function findRepeatedGaps(dimensions: readonly DimensionResult[], context: RepeatedGapContext): RepeatedGap[] {
  const { settings, completePeriods } = context;
  const below = (value: number) => (settings.direction === "up" ? value < settings.target - tolerance : value > settings.target + tolerance);
  const target = formatPercent(settings.target, Math.round(settings.target * 100) === settings.target * 100 ? 0 : 1);
  const gaps: RepeatedGap[] = [];
  const runOf = (valueIn: (key: number) => number | undefined) => {
    const values: { key: number; value: number }[] = [];
    for (let i = completePeriods.length - 1; i >= 0; i--) {
      const value = valueIn(completePeriods[i]);
      if (value === undefined || !Number.isFinite(value) || !below(value)) break;
      values.unshift({ key: completePeriods[i], value });
    }
    return values;
  };
  dimensions.forEach((dimension, d) => {
    const questionGroups = context.questions?.dimensions[d];
    const poolCounts = context.questions?.measure === "pass-rate";
    for (const group of dimension.groups) {
      if (group.status === "insufficient-evidence") continue;
      const byPeriod = new Map(group.series.filter((p) => !p.partial).map((p) => [p.start, p.value]));
      const candidates: { question: string | null; run: { key: number; value: number }[] }[] = [{ question: null, run: runOf((key) => byPeriod.get(key)) }];
      const tallies = questionGroups?.get(group.name);
      if (tallies && context.questions) {
        context.questions.questions.forEach((question, q) => {
          candidates.push({
            question,
            run: runOf((key) => {
              const tally = tallies.periods.get(key)?.[q];
              return tally === undefined || (poolCounts ? tally.checked : tally.records) === 0 ? undefined : tally.value(poolCounts);
            }),
          });
        });
      }
      for (const { question, run } of candidates) {
        if (run.length < settings.periodsToClose) continue;
        const values = run.map(({ key, value }) => ({ label: context.periodLabels.get(key) ?? String(key), value }));
        const what = question === null ? "" : ` '${question}'`;
        gaps.push({
          dimension: dimension.dimension,
          label: dimension.label,
          group: group.name,
          question,
          periods: run.length,
          values,
          sentence: `${group.name}:${what} ${settings.direction === "up" ? "below" : "above"} the ${target} target in each of the last ${run.length} periods (${values.map((v) => formatPercent(v.value)).join(", ")}): a repeated gap.`,
        });
      }
    }
  });
  return gaps;
}
