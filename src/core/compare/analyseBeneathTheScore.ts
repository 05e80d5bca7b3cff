import type { QuestionComparison, RepeatedGap, VariationOverTime } from "./beneathTheScore";
import { compareQuestions } from "./compareQuestions";
import { findRepeatedGaps } from "./findRepeatedGaps";
import { questionTallies, type QuestionRecord } from "./questionTallies";
import type { DimensionResult, ResolvedSettings } from "./types";
import { variationOverTime } from "./variationOverTime";

/** The question columns (or sub-scores) of an analysis, and how they are measured. */
export interface QuestionSet {
  /** Column headers, aligned with each record's `answers`. */
  names: readonly string[];
  measure: "pass-rate" | "score";
}

/** What `analyseBeneathTheScore` reads: the analysis's records, periods and finished dimensions. */
export interface BeneathTheScoreInput {
  records: readonly QuestionRecord[];
  /** The period of each record, aligned with `records`. */
  periodKeys: ArrayLike<number>;
  dimensionKeys: readonly string[];
  groupName: (groups: Record<string, string>, dimension: string) => string | undefined;
  questions: QuestionSet | null;
  dimensions: readonly DimensionResult[];
  settings: ResolvedSettings;
  periodLabels: ReadonlyMap<number, string>;
  partialPeriods: ReadonlySet<number>;
  datedPeriods: boolean;
}

/** The three readings beneath the score, for the AnalysisResult. */
export interface BeneathTheScore {
  questions: QuestionComparison[];
  repeatedGaps: RepeatedGap[];
  variationOverTime: VariationOverTime[];
}

/**
 * Looks beneath each group's rate: the question-level comparison (when the audit has at least two
 * question columns or sub-scores), the repeated gaps and the variation between groups over time. It
 * also tells each group what concerns it: `questionShortfall` and `repeatedGaps` are set on the
 * group, and their sentences join its reasons (the shortfall second, after the headline reason; the
 * repeated gaps next). Pure apart from annotating the groups it is given.
 *
 * @example
 * // analyseBeneathTheScore({ ...input, questions: null }).questions // => []
 */
export function analyseBeneathTheScore(input: BeneathTheScoreInput): BeneathTheScore {
  const { settings } = input;
  const tallies = input.questions !== null && input.questions.names.length >= 2
    ? questionTallies(input.records, input.periodKeys, input.dimensionKeys, input.groupName, input.questions.names, input.questions.measure)
    : null;
  const questions = tallies === null ? [] : compareQuestions(tallies, input.dimensions, settings);
  const completePeriods = [...input.periodLabels.keys()].filter((key) => !input.partialPeriods.has(key)).sort((a, b) => a - b);
  const repeatedGaps = findRepeatedGaps(input.dimensions, { settings, completePeriods, periodLabels: input.periodLabels, questions: tallies });
  const variation = variationOverTime(input.dimensions, { period: settings.period, datedPeriods: input.datedPeriods, direction: settings.direction, spcMethod: settings.spcMethod });

  input.dimensions.forEach((dimension, d) => {
    for (const group of dimension.groups) {
      const shortfall = questions[d]?.shortfalls.find((s) => s.group === group.name) ?? null;
      const repeated = repeatedGaps.filter((gap) => gap.dimension === dimension.dimension && gap.group === group.name);
      group.questionShortfall = shortfall;
      group.repeatedGaps = repeated;
      const extra = [...(shortfall ? [`${group.name}: ${shortfall.sentence}`] : []), ...repeated.map((gap) => gap.sentence)];
      if (extra.length) group.reasons.splice(Math.min(1, group.reasons.length), 0, ...extra);
    }
  });
  return { questions, repeatedGaps, variationOverTime: variation };
}
