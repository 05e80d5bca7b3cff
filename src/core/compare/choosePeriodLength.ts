import type { ExcelSerialDate } from "../values";
import { periodStart } from "./periodStart";
import type { PeriodLength } from "./types";

/** A period length is usable when at least this share of the periods in the span hold evidence... */
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
  let last = -Infinity;
  for (let i = 0; i < dates.length; i++) {
    if (dates[i] < first) first = dates[i];
    if (dates[i] > last) last = dates[i];
  }
  for (const length of ["week", "fortnight"] as const) {
    const step = length === "week" ? 7 : 14;
    const periodsInSpan = Math.floor((periodStart(last, length, first) - periodStart(first, length, first)) / step) + 1;
    const cellCounts = new Map<string, number>();
    const periodsWithEvidence = new Set<number>();
    for (let i = 0; i < dates.length; i++) {
      const start = periodStart(dates[i], length, first);
      periodsWithEvidence.add(start);
      const cell = `${groupOf[i]}\u0000${start}`;
      cellCounts.set(cell, (cellCounts.get(cell) ?? 0) + 1);
    }
    const counts = [...cellCounts.values()].sort((a, b) => a - b);
    const medianCount = counts[Math.floor(counts.length / 2)];
    if (periodsWithEvidence.size / periodsInSpan >= minimumCoverage && medianCount >= minimumRecordsPerGroupPeriod) return length;
  }
  return "month";
}
