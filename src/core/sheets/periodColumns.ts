import type { GroupResult } from "../compare/types";

/** One column of a period-by-period series: the period's first day and its heading. */
export interface PeriodColumn {
  start: number;
  label: string;
}

/**
 * The periods any group of a dimension has, in date order, each once: the columns of a series table.
 * A period only partly covered by the data is headed as such ("Mar 2026 (partial)").
 *
 * @example
 * periodColumns([{ series: [{ start: 46090, label: "w/c 09/03/2026" }] }, { series: [{ start: 46083, label: "w/c 02/03/2026" }] }] as never)
 *   .map((p) => p.label); // => ["w/c 02/03/2026", "w/c 09/03/2026"]
 */
export function periodColumns(groups: readonly Pick<GroupResult, "series">[]): PeriodColumn[] {
  const byStart = new Map<number, string>();
  for (const group of groups) {
    for (const point of group.series) if (!byStart.has(point.start)) byStart.set(point.start, point.partial ? `${point.label} (partial)` : point.label);
  }
  return [...byStart.entries()].sort((a, b) => a[0] - b[0]).map(([start, label]) => ({ start, label }));
}
