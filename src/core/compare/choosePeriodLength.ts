import type { ExcelSerialDate } from "../values";
import { periodStart } from "./periodStart";
import type { PeriodLength } from "./types";

/** A period length is usable when a typical group has evidence in at least this share of its periods... */
const minimumCoverage = 0.8;
/** ...and a typical group has at least this many records in a period. */
const minimumRecordsPerGroupPeriod = 3;

/**
 * The shortest period (week, then fortnight, then month) that the data fills: most periods between
 * the first and last audit hold evidence, and a typical group has a few records in each. Fortnightly
 * sampling gives fortnights; monthly audits give months.
 *
 * @param dates one audit date per record
 * @param groupOf the group of each record in the main dimension ("" when there is none)
 * @example
 * choosePeriodLength([46027, 46027, 46027, 46034, 46034, 46034], ["", "", "", "", "", ""]) // => "week"
 */
export function choosePeriodLength(dates: ArrayLike<ExcelSerialDate>, groupOf: ArrayLike<string>): PeriodLength {
  if (dates.length === 0) return "week";
  let first = Infinity;
  for (let i = 0; i < dates.length; i++) if (dates[i] < first) first = dates[i];
  for (const length of ["week", "fortnight"] as const) {
    const step = length === "week" ? 7 : 14;
    // Per group: periods with evidence against periods between its first and last audit. Teams
    // audited in alternate weeks fill every week between them, but not their own weeks.
    const groups = new Map<string, { first: number; last: number; cells: Map<number, number> }>();
    for (let i = 0; i < dates.length; i++) {
      const start = periodStart(dates[i], length, first);
      let group = groups.get(groupOf[i]);
      if (!group) groups.set(groupOf[i], (group = { first: start, last: start, cells: new Map() }));
      if (start < group.first) group.first = start;
      if (start > group.last) group.last = start;
      group.cells.set(start, (group.cells.get(start) ?? 0) + 1);
    }
    const coverages: number[] = [];
    const counts: number[] = [];
    for (const group of groups.values()) {
      coverages.push(group.cells.size / (Math.round((group.last - group.first) / step) + 1));
      for (const count of group.cells.values()) counts.push(count);
    }
    if (median(coverages) >= minimumCoverage && median(counts) >= minimumRecordsPerGroupPeriod) return length;
  }
  return "month";
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
