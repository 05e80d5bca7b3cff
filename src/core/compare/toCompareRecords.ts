import type { AuditRecord } from "../audit/types";
import type { CompareRecord } from "./compareRecord";

/**
 * The comparison's view of records read from audit grids. Wide trackers without dates keep their
 * column headings as periods, numbered in the order the headings first appear.
 *
 * @param extraGroups groups every record gets unless it has its own (a location taken from the file name)
 * @param localRoles roles whose names belong to the extra location: each name is qualified by it
 *   ("Oak Lodge: Team B"), so that two homes' "Team B" are two teams, not one pooled across homes
 * @example
 * toCompareRecords([{ sheet: "S", row: 5, date: 46027, periodLabel: null, groups: { team: "Team A" }, kind: "counts", passed: 3, checked: 4 }])[0].checked // => 4
 */
export function toCompareRecords(records: readonly AuditRecord[], extraGroups: Record<string, string> = {}, localRoles: readonly string[] = []): CompareRecord[] {
  const location = extraGroups.location;
  const qualified = location === undefined ? [] : localRoles.filter((role) => role !== "location");
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
      if (!merged) {
        merged = { ...extraGroups, ...record.groups } as Record<string, string>;
        for (const role of qualified) if (merged[role] !== undefined) merged[role] = `${location}: ${merged[role]}`;
        withExtra.set(record.groups, merged);
      }
      groups = merged;
    }
    return record.kind === "counts"
      ? { date: record.date, periodIndex: index, periodLabel: record.periodLabel, groups, passed: record.passed, checked: record.checked, score: null }
      : { date: record.date, periodIndex: index, periodLabel: record.periodLabel, groups, passed: 0, checked: 0, score: record.score };
  });
}
