import type { GroupResult } from "../core/compare";

const percentagePoints = 100;

/**
 * A proportion as a whole percentage: 0.781 is "78%".
 *
 * @example
 * percent(0.781); // => "78%"
 */
export function percent(proportion: number): string {
  return `${Math.round(proportion * percentagePoints)}%`;
}

/**
 * A 95% interval as quality leads read it.
 *
 * @example
 * interval(0.73, 0.82); // => "95% CI 73–82%"
 */
export function interval(lower: number, upper: number): string {
  return `95% CI ${Math.round(lower * percentagePoints)}–${Math.round(upper * percentagePoints)}%`;
}

/**
 * A weekly trend in percentage points, or that there is none yet.
 *
 * @example
 * trend(0.012); // => "+1.2 points a week"
 */
export function trend(perWeek: number | null): string {
  if (perWeek === null) return "No trend yet";
  const points = perWeek * percentagePoints;
  if (Math.abs(points) < 0.05) return "Flat";
  return `${points > 0 ? "+" : "−"}${Math.abs(points).toFixed(1)} points a week`;
}

/** One line about a group for screen readers and the collapsed row. */
export function groupSummary(group: GroupResult): string {
  return `${percent(group.mean)} over ${group.records} records, ${interval(group.lower, group.upper)}, ${trend(group.trendPerWeek).toLowerCase()}`;
}
