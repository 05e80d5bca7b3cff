import type { RowsLeftOut, SkippedRow } from "./types";

/**
 * Counts the rows left out by reason, most first (ties in the order first met), so that every row
 * read is accounted for in a few lines: rows read = rows used + the sum of the counts.
 *
 * @example
 * summariseRowsLeftOut([{ row: 4, reason: "blank row" }, { row: 9, reason: "totals or average row" }, { row: 12, reason: "blank row" }]);
 * // => [{ reason: "blank row", count: 2 }, { reason: "totals or average row", count: 1 }]
 */
export function summariseRowsLeftOut(skipped: readonly SkippedRow[]): RowsLeftOut[] {
  const counts = new Map<string, number>();
  for (const row of Array.isArray(skipped) ? skipped : []) counts.set(row.reason, (counts.get(row.reason) ?? 0) + 1);
  return [...counts.entries()].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
}
