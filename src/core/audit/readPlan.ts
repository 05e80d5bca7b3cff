import type { CellValue, ExcelSerialDate } from "../values";
import { chooseLayout } from "./chooseLayout";
import { columnLetter } from "./columnLetter";
import type { GroupColumns } from "./findGroupColumns";
import { workerFlagGroups } from "./matchHeaderRole";
import { parsePeriodHeader } from "./parsePeriodHeader";
import { scaleMaximumOf } from "./scaleMaximumOf";
import { GROUPING_ROLES, type ColumnMapping, type ColumnMappingEntry, type GridLayout, type GroupingRole } from "./types";

/** A column the reader reads, named as a person would name it in a problem. */
export interface PlannedColumn {
  index: number;
  header: string;
  letter: string;
  /** 'G "Risk updated"', or "G" for a column without a header. */
  name: string;
  /** An item column of RAG ratings (see `ColumnMappingEntry.rag`). */
  rag?: boolean;
  /** The top of the rating scale a score column's header states ("Satisfaction (1-5)"; see `scaleMaximumOf`). */
  outOf?: number;
}

/** A grouping column, with the names already read from it (raw cell text to tidied name). */
export interface GroupingColumn extends PlannedColumn {
  role: GroupingRole;
  names: Map<string, string | null>;
  /** The staff groups Yes and No mark under a worker-kind header ("Agency" and "Not agency"; see `workerFlagGroups`). */
  flag?: { yes: string; no: string };
}

/** A week or month column of a wide tracker. */
export interface PeriodColumn extends PlannedColumn {
  date: ExcelSerialDate | null;
  label: string;
}

/** A column of answers or scores for one group laid side by side with the others. */
export interface GroupAnswerColumn extends PlannedColumn {
  group: string;
}

/** Which columns each layout reads, settled once per grid before any row is read. */
export interface ReadPlan {
  layout: GridLayout;
  groups: GroupingColumn[];
  date: PlannedColumn | null;
  period: PlannedColumn | null;
  score: PlannedColumn | null;
  passed: PlannedColumn | null;
  checked: PlannedColumn | null;
  items: PlannedColumn[];
  periods: PeriodColumn[];
  /** Groups side by side: the role their names take and what their cells hold. */
  sideBySide: { role: GroupingRole; holds: "answers" | "scores"; columns: GroupAnswerColumn[] } | null;
  /** Non-ignored columns with a header, to recognise a header row repeated between blocks. */
  headed: PlannedColumn[];
}

/**
 * The read plan for a mapping: the layout (`chooseLayout`, or "groups-as-columns" when `sideBySide`
 * was found) and the columns it reads, each named by letter and header.
 *
 * @example
 * planRead([{ index: 0, header: "Team", role: "team", confidence: 1, reason: "" }, { index: 1, header: "Score", role: "score", confidence: 1, reason: "" }], [], 1, null).score?.name;
 * // => 'B "Score"'
 */
export function planRead(mapping: ColumnMapping, headerCells: ReadonlyArray<CellValue>, firstColumn: number, sideBySide: GroupColumns | null): ReadPlan {
  const layout: GridLayout = sideBySide !== null ? "groups-as-columns" : chooseLayout(mapping);
  const column = (entry: Pick<ColumnMappingEntry, "index" | "header">): PlannedColumn => {
    const letter = columnLetter(firstColumn + entry.index);
    return { index: entry.index, header: entry.header, letter, name: entry.header === "" ? letter : `${letter} "${entry.header}"` };
  };
  const first = (role: string): PlannedColumn | null => {
    const entry = mapping.find((e) => e.role === role);
    return entry === undefined ? null : column(entry);
  };
  const inSideBySide = new Set(sideBySide?.columns.map((c) => c.index) ?? []);
  const groups: GroupingColumn[] = [];
  for (const role of GROUPING_ROLES) {
    if (sideBySide !== null && sideBySide.role === role) continue;
    const entry = mapping.find((e) => e.role === role && !inSideBySide.has(e.index));
    const flag = entry !== undefined && role === "staffGroup" ? workerFlagGroups(entry.header) : null;
    if (entry !== undefined) groups.push({ ...column(entry), role, names: new Map(), ...(flag === null ? {} : { flag }) });
  }
  const periods: PeriodColumn[] = [];
  if (layout === "wide") {
    for (const entry of mapping) {
      if (entry.role !== "period") continue;
      const heading = parsePeriodHeader(headerCells[entry.index]) ?? parsePeriodHeader(entry.header);
      periods.push({ ...column(entry), date: heading?.date ?? null, label: heading?.label ?? entry.header });
    }
  }
  const measured = (role: string): PlannedColumn | null => (sideBySide === null ? first(role) : null);
  const score = measured("score");
  const outOf = score === null ? null : scaleMaximumOf(score.header);
  return {
    layout,
    groups,
    date: first("date"),
    period: layout === "wide" ? null : first("period"),
    score: score === null || outOf === null ? score : { ...score, outOf },
    passed: measured("passed"),
    checked: measured("checked"),
    items: sideBySide === null ? mapping.filter((e) => e.role === "item").map((e) => (e.rag === true ? { ...column(e), rag: true } : column(e))) : [],
    periods,
    sideBySide: sideBySide === null ? null : {
      role: sideBySide.role,
      holds: sideBySide.holds,
      columns: sideBySide.columns.map((c) => ({ ...column({ index: c.index, header: mapping.find((e) => e.index === c.index)?.header ?? c.name }), group: c.name })),
    },
    headed: mapping.filter((e) => e.role !== "ignore" && e.header !== "").map(column),
  };
}
