// The analysis result: one typed, JSON-serialisable description of how teams, shifts, locations and
// staff groups compare against the target. The task pane, the command line and the output sheets all
// read this and nothing else. Proportions are 0..1 throughout; displays multiply by 100.

import type { OnTrackStatus } from "../stats/onTrackStatus";
import type { ExcelSerialDate, Proportion } from "../values";
import type { GroupShortfall, QuestionComparison, RepeatedGap, VariationOverTime } from "./beneathTheScore";

/** Every status a group can have, defined once (see classifyGroup for the rules). */
export const GROUP_STATUSES = ["embedded", "improving", "fragile", "below-target", "deteriorating", "insufficient-evidence"] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

/** Words a quality lead reads for each status. */
export const GROUP_STATUS_LABELS: Record<GroupStatus, string> = {
  embedded: "Embedded",
  improving: "Improving",
  fragile: "Fragile",
  "below-target": "Below target",
  deteriorating: "Deteriorating",
  "insufficient-evidence": "Insufficient evidence",
};

/** Statuses that need an action on the Action Tracker. */
export const STATUSES_NEEDING_ACTION: readonly GroupStatus[] = ["below-target", "deteriorating", "fragile"];

export const PERIOD_LENGTHS = ["week", "fortnight", "month"] as const;
export type PeriodLength = (typeof PERIOD_LENGTHS)[number];

/** Whether a group will meet its target by the deadline: the one vocabulary, from core/stats. */
export type { OnTrackStatus };

/** Where the latest period sits against the target's funnel limits for its sample size. */
export const FUNNEL_POSITIONS = ["above", "within", "warning", "outlier"] as const;
export type FunnelPosition = (typeof FUNNEL_POSITIONS)[number];

/** How a group's value is measured: pooled Yes/(Yes+No) or the mean of audit scores. */
export type MeasureKind = "pass-rate" | "score";

/** One period of one group's series. */
export interface PeriodPoint {
  /** First day of the period. */
  start: ExcelSerialDate;
  /** "w/c 05/01/2026", "Jan 2026" or the tracker's own heading ("Wk 1"). */
  label: string;
  records: number;
  value: Proportion;
  /**
   * Only partly covered by the data (it starts before the first audit week, runs past the latest
   * audit week, or is cut by the as-of date): shown, but never counted on its own towards a status.
   */
  partial?: boolean;
}

/** Making Data Count's reading of a group's series. */
export interface SpcSummary {
  mean: Proportion;
  lowerLimit: Proportion;
  upperLimit: Proportion;
  /** The label of the last point: "Common Cause", "Improvement (High)", "Concern (Low)"... */
  variation: string;
  /** "Pass", "Hit or Miss", "Fail", or null without a target or direction. */
  assurance: string | null;
  /** One label per point, in series order. */
  pointLabels: string[];
  /** Limits from fewer than 12 points: shown, but said to be provisional. */
  provisional: boolean;
  /**
   * The period the limits start from, when a recovery start was given and falls inside the series:
   * the limits, variation and assurance are the new process's, the earlier points keep the old limits.
   */
  limitsFrom?: string;
  /** The old process's limits, for the periods before `limitsFrom` (absent when fewer than 2 periods came before). */
  limitsBefore?: { mean: Proportion; lowerLimit: Proportion; upperLimit: Proportion };
}

export interface LatestPeriod {
  start: ExcelSerialDate;
  label: string;
  records: number;
  value: Proportion;
  funnelLower: Proportion;
  funnelUpper: Proportion;
  funnelPosition: FunnelPosition;
}

/** One evidence source's view of a group (records audit, people's feedback, observations...). */
export interface SourceView {
  source: string;
  records: number;
  mean: Proportion;
  /** Mean over the group's most recent periods (as many as it takes to close an action), or null. */
  recentMean: Proportion | null;
}

export interface GroupResult {
  name: string;
  records: number;
  measure: MeasureKind;
  mean: Proportion;
  /** 95% interval: Wilson for pass/fail data, Student t for scores. */
  lower: Proportion;
  upper: Proportion;
  /** Gap to the service mean (negative = below the service). */
  gapToService: number;
  /** Least-squares slope of the period series, in proportion per week (0.012 = 1.2 points a week). */
  trendPerWeek: number | null;
  /** Weeks from the latest period until the trend line reaches the target; 0 when already there. */
  weeksToTarget: number | null;
  onTrack: OnTrackStatus | null;
  /** Consecutive most recent periods at or beyond the target. */
  recentPeriodsMeetingTarget: number;
  latest: LatestPeriod | null;
  spc: SpcSummary | null;
  status: GroupStatus;
  /** Plain-English reasons carrying the numbers, most important first. */
  reasons: string[];
  series: PeriodPoint[];
  sources: SourceView[];
  /** Set when evidence sources disagree (records on target, feedback well below). */
  evidenceMismatch: string | null;
  /**
   * A note, not a status: SPC flags the latest period, but the recent periods all met the target with
   * assurance Pass ("Team C: watch: the latest period fell from 100% to 97%..."). No action follows.
   */
  watch?: string | null;
  /** The questions that account for most of the group's shortfall (below target, fragile or deteriorating groups of audits with question columns). */
  questionShortfall?: GroupShortfall | null;
  /** The group's repeated gaps: its overall rate or a question below target in each of the last periods. */
  repeatedGaps?: RepeatedGap[];
}

export interface DimensionResult {
  /** "team", "shift", "location", "staffGroup", "source", or a two-way cell such as "team x shift". */
  dimension: string;
  /** Heading users read: "Team", "Shift", "Team x Shift". */
  label: string;
  /** Worst first. */
  groups: GroupResult[];
  /** Highest minus lowest group mean (CQC.VARIATION). */
  gap: number;
}

export interface HiddenGroup {
  dimension: string;
  name: string;
  mean: Proportion;
}

export interface ServiceResult {
  records: number;
  mean: Proportion;
  lower: Proportion;
  upper: Proportion;
  target: Proportion;
  meetsTarget: boolean;
  /** The service meets the target while these groups do not. */
  hiddenByAverage: boolean;
  hiddenGroups: HiddenGroup[];
  /** The widest best-to-worst gap of any dimension, and where. */
  gap: number;
  gapDimension: string | null;
  /** "Team B", "Night"... every group below target in any dimension, worst first. */
  belowTarget: string[];
  /** Every group at target and, when a maximum gap is set, the gap within it. */
  consistencyGoalMet: boolean;
  series: PeriodPoint[];
  /** One sentence a quality lead could say aloud ("Service average 91% hides Team B at 78%"). */
  headline: string;
}

export interface ReadProblemSummary {
  sheet: string;
  /** The spreadsheet's own row number. */
  row: number;
  /** Column letter and header, e.g. 'F "Risk updated"'. */
  column: string;
  /** The column letter alone ("F"), to link to the cell. */
  columnLetter?: string;
  message: string;
}

export interface SourceSummary {
  file: string | null;
  sheet: string;
  /** The Excel table read, when the source is a table (live formulas can refer to its columns). */
  table?: string | null;
  /** The header of each column the analysis used, by role ("score" -> "Score", "team" -> "Team"). */
  columns?: Record<string, string>;
  layout: string;
  headerRow: number;
  rowsRead: number;
  rowsUsed: number;
  /** The rows left out, counted by reason: rowsRead = rowsUsed + the sum of the counts. */
  rowsLeftOut?: { reason: string; count: number }[];
  /** Answers read as partial ("Partial", "Partly" ...), and how they were counted. */
  partialAnswers?: number;
  partialRule?: string;
  /** Answers with a comment after them ("No - see notes"), read by their answer. */
  commentedAnswers?: number;
  /** How the text dates were read when not day first ('dates in column A "Date" read month first, as written in the US (...)'). */
  datesNote?: string;
  /** The headers of the columns of RAG ratings read as answers (Green met, Amber partial, Red not met). */
  ragColumns?: string[];
  /** Where groups were read from besides grouping columns ("the sheet name", a heading, column headers). */
  groupsFrom?: string[];
  /** Where the weeks or months of rows without a date came from, when not from a column ("the sheet name "Jan" ..."). */
  periodsFrom?: string;
  problems: ReadProblemSummary[];
}

export interface ResolvedSettings {
  target: Proportion;
  direction: "up" | "down";
  dimensions: string[];
  crossDimensions: [string, string][];
  period: PeriodLength;
  deadline: ExcelSerialDate | null;
  minimumRecords: number;
  minimumPeriods: number;
  maximumGap: number | null;
  asOf: ExcelSerialDate;
  spcMethod: "MDC" | "PLOTTHEDOTS";
  /** Periods at target in a row before an action is "Ready to close". */
  periodsToClose: number;
  /** The date the recovery plan started: SPC limits come from the periods from then on (absent in older results). */
  recoveryStart?: ExcelSerialDate | null;
}

export interface AnalysisResult {
  /** A title for the analysis, usually the sheet or table name. */
  title: string;
  settings: ResolvedSettings;
  /** Each setting in words, with where it came from ("target 90% (default)"). */
  explanation: string[];
  sources: SourceSummary[];
  service: ServiceResult;
  dimensions: DimensionResult[];
  /**
   * Groupings with a single group ("Service: Riverside Nursing Home" above the table, one location):
   * nothing to compare, so not in `dimensions`; the service's result is that group's (absent when none).
   */
  singleGroupDimensions?: { dimension: string; label: string; group: string }[];
  /** The date of the latest data and whether it is out of date (absent in results saved by older versions). */
  freshness?: DataFreshness;
  /** Each question's (or sub-score's) rate per group and the questions behind each group's shortfall, one per dimension; empty without question columns. */
  questions?: QuestionComparison[];
  /** Gaps below target for the same group in each of the last `periodsToClose` periods or more (the article's trigger for action). */
  repeatedGaps?: RepeatedGap[];
  /** The gap between the best and the worst group per period, per dimension, and whether it is narrowing. */
  variationOverTime?: VariationOverTime[];
}

/** How current the data is: the date of the latest record and whether the as-of date is well past it. */
export interface DataFreshness {
  /** The latest audit date used (null for a tracker whose periods carry no dates). */
  latestDataDate: ExcelSerialDate | null;
  /** The as-of date is more than two periods after the latest data. */
  outOfDate: boolean;
  /** One sentence for every output: "Latest data: 27/03/2026." or why the data is out of date. */
  sentence: string;
}

/** A workbook may hold several audit sheets (records, safeguarding, locations): one analysis each. */
export interface WorkbookAnalysis {
  asOf: ExcelSerialDate;
  analyses: AnalysisResult[];
  /**
   * The sheets and tables not read, each with why (as the Source step says it); `unclearMeasure` when
   * a column would be the measure if its header said how to read it. Absent when every one was read.
   */
  sheetsNotRead?: { file: string | null; sheet: string; table: string | null; reason: string; unclearMeasure: boolean }[];
}
