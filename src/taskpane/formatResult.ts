import { formatPercent, type GroupResult } from "../core/compare";
import { formatCount, formatNumber } from "../core/values";

export { formatCount, formatNumber };

const percentagePoints = 100;

/** A proportion as a whole percentage without its sign, rounded as `formatPercent` rounds: 0.73 is "73". */
function wholePercent(proportion: number): string {
  return formatPercent(proportion).replace(/%$/, "");
}

/**
 * A 95% interval as quality leads read it.
 *
 * @example
 * interval(0.73, 0.82); // => "95% CI 73–82%"
 */
export function interval(lower: number, upper: number): string {
  return `95% CI ${wholePercent(lower)}–${formatPercent(upper)}`;
}

/**
 * A weekly trend in percentage points, or that there is none yet.
 *
 * @example
 * trend(0.012); // => "+1.2 points a week"
 */
function trend(perWeek: number | null): string {
  if (perWeek === null) return "No trend yet";
  const points = perWeek * percentagePoints;
  if (Math.abs(points) < 0.05) return "Flat";
  return `${points > 0 ? "+" : "−"}${Math.abs(points).toFixed(1)} points a week`;
}

/**
 * The line under a group's name: its records, interval and trend.
 *
 * @example
 * groupDetail({ records: 25125, lower: 0.73, upper: 0.82, trendPerWeek: null }); // => "25,125 records, 95% CI 73–82%, no trend yet"
 */
export function groupDetail(group: Pick<GroupResult, "records" | "lower" | "upper" | "trendPerWeek">): string {
  return `${formatCount(group.records, "record")}, ${interval(group.lower, group.upper)}, ${trend(group.trendPerWeek).toLowerCase()}`;
}

/**
 * Work under way, as the task pane shows it beside the button that started it. File readers and
 * writers report it as they go (`done` of `total` `unit`); a stage with no numbers shows a spinner.
 */
export interface WorkProgress {
  /** What is being done, in words, without a trailing ellipsis: "Reading “Care record audits”". */
  stage: string;
  /** How much is done, in `unit`s. */
  done?: number;
  /** How much there is, when known. */
  total?: number;
  /** What is counted, plural: "rows", "sheets". */
  unit?: string;
  /** How far along, from 0 to 1, when it is known without counts. */
  fraction?: number;
}

/**
 * Progress in words, with its numbers formatted the one way.
 *
 * @example
 * progressText({ stage: "Reading “Care record audits”", done: 12000, total: 100001, unit: "rows" }); // => "Reading “Care record audits”: 12,000 of 100,001 rows"
 */
export function progressText(progress: WorkProgress): string {
  const { stage, done, total, unit = "" } = progress;
  const counted = unit === "" ? "" : ` ${unit}`;
  if (done !== undefined && total !== undefined) return `${stage}: ${formatNumber(done)} of ${formatNumber(total)}${counted}`;
  if (done !== undefined) return `${stage}: ${formatNumber(done)}${counted}`;
  if (total !== undefined) return `${stage} (${formatNumber(total)}${counted})`;
  return `${stage}…`;
}

/** How far along, from 0 to 1, or undefined when there is no total to measure against. */
export function progressFraction(progress: WorkProgress): number | undefined {
  if (progress.fraction !== undefined) return Math.min(1, Math.max(0, progress.fraction));
  if (progress.done === undefined || progress.total === undefined || progress.total <= 0) return undefined;
  return Math.min(1, Math.max(0, progress.done / progress.total));
}
