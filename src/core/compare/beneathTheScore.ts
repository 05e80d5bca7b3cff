// What lies beneath one rate per group (issue 14): which questions drive each gap, the gaps that keep
// coming back, and whether the variation between groups is reducing. Plain data, JSON-serialisable,
// part of the AnalysisResult. Proportions are 0..1; "points" are percentage points (0.25 = 25 points).

import type { ExcelSerialDate, Proportion } from "../values";

/** One group's result on one question (or sub-score). */
export interface QuestionGroupRate {
  group: string;
  /** Answers counted: Yes + No for a question (N/A and blanks left out), records with a score for a sub-score. */
  answered: number;
  mean: Proportion;
  /** 95% interval: Wilson for a question, Student t for a sub-score (NaN with too few answers). */
  lower: Proportion;
  upper: Proportion;
  /** The rest of the service on this question (every other group pooled), or null when no one else answered it. */
  restMean: Proportion | null;
  /** mean - restMean: negative means below the rest of the service (null without a rest). */
  gapToRest: number | null;
}

/** One question (or sub-score) across the groups of one dimension. */
export interface QuestionResult {
  /** The column header ("Risk updated"). */
  question: string;
  answered: number;
  serviceMean: Proportion;
  /** In the dimension's order (worst group first). */
  groups: QuestionGroupRate[];
}

/** One question's part in a group's shortfall. */
export interface ShortfallDriver {
  question: string;
  groupMean: Proportion;
  /** The rate it is compared with: the rest of the service's (basis "rest-of-service") or the target. */
  comparedWith: Proportion;
  /** Missing "Yes" answers (or score points x records): answered x (comparedWith - groupMean), at least 0. */
  missing: number;
  /** missing / the group's total missing: the share of the shortfall this question accounts for. */
  share: Proportion;
}

/**
 * Why a group below target, fragile or deteriorating falls short, question by question. For each
 * question q the group's missing "Yes" answers are `answered_q x (rest_q - rate_q)` (none when the group
 * does at least as well as the rest of the service on q): the Yes answers it would have had at the rest
 * of the service's rate. Each question's share of the sum is its part of the gap. When the group is at
 * least as good as the others on every question (a shortfall the whole service shares), the same sum
 * is taken against the target instead (basis "target"). Sub-scores work the same way, in score points.
 */
export interface GroupShortfall {
  group: string;
  /** What each question was compared with. */
  basis: "rest-of-service" | "target";
  /** Every question with a shortfall, largest first. */
  drivers: ShortfallDriver[];
  /** The fewest questions, largest first, that together account for at least half of the shortfall (at most 3). */
  main: string[];
  /** "78% overall; most of the gap is 'Risk updated' at 41% against 93% for other teams." */
  sentence: string;
}

/** The question-level comparison of one dimension. */
export interface QuestionComparison {
  dimension: string;
  /** "Team", "Shift"... */
  label: string;
  /** "pass-rate" for Yes/No questions, "score" for sub-scores. */
  measure: "pass-rate" | "score";
  questions: QuestionResult[];
  /** One for each group below target, fragile or deteriorating whose shortfall could be measured. */
  shortfalls: GroupShortfall[];
}

/**
 * A gap that keeps coming back, the article's trigger for action: a group's overall rate (question
 * null) or one question below target for that group in each of the last `periods` complete periods,
 * `periods` being at least the periods needed to close an action.
 */
export interface RepeatedGap {
  dimension: string;
  label: string;
  group: string;
  /** The question, or null for the group's overall rate. */
  question: string | null;
  /** Consecutive latest complete periods below target. */
  periods: number;
  /** The values of those periods, oldest first. */
  values: { label: string; value: Proportion }[];
  /** "Night: 'Escalated within 24 hours' below the 95% target in each of the last 4 periods (...)." */
  sentence: string;
}

/** The gap between the best and the worst group in one period. */
export interface GapPoint {
  start: ExcelSerialDate;
  label: string;
  /** Best minus worst group value in the period (always 0 or more). */
  gap: number;
  /** The best and the worst group; null when every group had the same value (see `levelAt`). */
  best: string | null;
  worst: string | null;
  /** The value every group had, when they were level: no group is best or worst. */
  levelAt?: Proportion;
  /** Groups with results in the period. */
  groups: number;
  /** A partial period: shown, not used for the trend or SPC. */
  partial?: boolean;
}

/** Words for which way the gap between groups is moving. */
export const GAP_DIRECTIONS = ["narrowing", "widening", "steady"] as const;
export type GapDirection = (typeof GAP_DIRECTIONS)[number];

/** Is the variation between the groups of one dimension reducing? */
export interface VariationOverTime {
  dimension: string;
  label: string;
  points: GapPoint[];
  /** Least-squares slope of the gap over the complete periods, in proportion per week (-0.02 = narrowing 2 points a week). */
  slopePerWeek: number | null;
  /** Weeks from the first to the last complete period. */
  weeks: number | null;
  direction: GapDirection | null;
  /** Making Data Count's reading of the gap series, smaller being better. */
  spc: { mean: number; lowerLimit: number; upperLimit: number; variation: string; provisional: boolean } | null;
  /** "Gap between teams narrowing from 25 to 3 points over 12 weeks (SPC: Improvement (Low))." */
  sentence: string;
}
