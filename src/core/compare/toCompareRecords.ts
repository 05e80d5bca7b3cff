import type { AuditRecord } from "../audit/types";
import type { CompareRecord } from "./compareRecord";

/**
 * The comparison's view of records read from audit grids. Wide trackers without dates keep their
 * column headings as periods, numbered in the order the headings first appear.
 *
 * @param extraGroups groups every record gets unless it has its own (a location taken from the file name)
 * @example
 * toCompareRecords([{ sheet: "S", row: 5, date: 46027, periodLabel: null, groups: { team: "Team A" }, kind: "counts", passed: 3, checked: 4 }])[0].checked // => 4
 */
export function toCompareRecords(records: readonly AuditRecord[], extraGroups: Record<string, string> = {}): CompareRecord[] {
  const periodIndex = new Map<string, number>();
  const hasExtra = Object.keys(extraGroups).length > 0;
  const withExtra = new Map<object, Record<string, string>>();
  return records.map((record) => {
    let index: number | null = null;
    if (record.date === null && record.periodLabel !== null) {
      index = periodIndex.get(record.periodLabel) ?? periodIndex.size;
      periodIndex.set(record.periodLabel, index);
    }
    // Keep records of the same groups sharing one groups object, as the reader gives them.
    let groups = record.groups as Record<string, string>;
    if (hasExtra) {
      let merged = withExtra.get(record.groups);
      if (!merged) withExtra.set(record.groups, (merged = { ...extraGroups, ...record.groups } as Record<string, string>));
      groups = merged;
    }
    return record.kind === "counts"
      ? { date: record.date, periodIndex: index, periodLabel: record.periodLabel, groups, passed: record.passed, checked: record.checked, score: null }
      : { date: record.date, periodIndex: index, periodLabel: record.periodLabel, groups, passed: 0, checked: 0, score: record.score };
  });
}
