// The shapes of reading an audit grid: the role of each column, the records read, and the problems a
// quality lead has to see. Every shape here is plain data that serialises to JSON unchanged.
import type { ExcelSerialDate, Proportion } from "../values";

/**
 * What a column of an audit grid holds, as the reader uses it.
 *
 * "staff", "auditor", "comments" and "recordId" are recognised only so that they are never read:
 * personal names, free text and record identifiers are not copied into records.
 *
 * @example
 * COLUMN_ROLES.includes("shift"); // => true
 */
export const COLUMN_ROLES = [
  "date",
  "period",
  "team",
  "shift",
  "location",
  "staffGroup",
  "auditType",
  "source",
  "score",
  "passed",
  "checked",
  "item",
  "recordId",
  "auditor",
  "staff",
  "comments",
  "ignore",
] as const;

/** One of the roles in `COLUMN_ROLES`. */
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/**
 * The roles whose values group records for comparison, in the order records list them.
 *
 * @example
 * GROUPING_ROLES.includes("staffGroup"); // => true
 */
export const GROUPING_ROLES = ["team", "shift", "location", "staffGroup", "auditType", "source"] as const;

/** One of the roles in `GROUPING_ROLES`. */
export type GroupingRole = (typeof GROUPING_ROLES)[number];

/**
 * The ways quality leads lay out audit results:
 * "per-audit" (one row per audit with a score or counts), "per-record-items" (one row per record or
 * person with Yes/No/N/A item columns), "wide" (one column per week or month) and
 * "groups-as-columns" (one column of answers or scores per team, unit or location, side by side).
 *
 * @example
 * GRID_LAYOUTS.includes("groups-as-columns"); // => true
 */
export const GRID_LAYOUTS = ["per-audit", "per-record-items", "wide", "groups-as-columns"] as const;

/** One of the layouts in `GRID_LAYOUTS`. */
export type GridLayout = (typeof GRID_LAYOUTS)[number];

/**
 * How raw numbers in a score column are read: "proportion" (0.87) or "percentage" (87). Text with a
 * percent sign ("87%") is always a proportion, as Excel reads it.
 *
 * @example
 * SCORE_UNITS.includes("percentage"); // => true
 */
export const SCORE_UNITS = ["proportion", "percentage"] as const;

/** One of the units in `SCORE_UNITS`. */
export type ScoreUnit = (typeof SCORE_UNITS)[number];

/**
 * The role of one column, proposed by the reader or corrected by the user.
 *
 * @example
 * const column: ColumnMappingEntry = {
 *   index: 1, header: "Team", role: "team", confidence: 0.95, reason: 'The header "Team" names a team.',
 * };
 */
export interface ColumnMappingEntry {
  /** 0-based position of the column in the grid (not the spreadsheet column number). */
  index: number;
  /** The header cell as text ("w/c 05/01/2026" for a date header). */
  header: string;
  role: ColumnRole;
  /** How sure the proposal is, from 0 (a guess) to 1 (certain); 1 for a user's choice. */
  confidence: number;
  /** Why this role was chosen, in plain English. */
  reason: string;
  /**
   * An item column of RAG ratings (Red/Amber/Green, or R/A/G): Green is read as met, Red as not met and
   * Amber as a partial answer (see `readItemAnswer`). Absent for any other column.
   */
  rag?: true;
  /**
   * The values look like a measure that cannot be read without a guess (whole numbers 1 to 5 with no
   * maximum in the header, the letters R, A and G under a header that does not say RAG): the column is
   * not used, and its reason says what to write in the header. Absent for any other column.
   */
  unclearMeasure?: true;
}

/**
 * The role of every column of a grid, left to right. The user may correct it and pass it back.
 *
 * @example
 * const mapping: ColumnMapping = [
 *   { index: 0, header: "Team", role: "team", confidence: 1, reason: "Chosen by the user." },
 *   { index: 1, header: "Score", role: "score", confidence: 1, reason: "Chosen by the user." },
 * ];
 */
export type ColumnMapping = ColumnMappingEntry[];

/**
 * The groups one record belongs to, by role ({ team: "Team B", shift: "Night" }). Records read from the
 * same groups share one object, so treat it as read-only.
 *
 * @example
 * const groups: RecordGroups = { team: "Team B", shift: "Night" };
 */
export type RecordGroups = Readonly<Partial<Record<GroupingRole, string>>>;

/**
 * One audit result read from a grid: where it came from, when, which groups, and its measure, either a
 * score (a proportion) or counts (passed of checked; item columns give Yes count of Yes + No count).
 * Flat on purpose: a million of them must fit comfortably in memory and serialise to JSON.
 *
 * @example
 * const record: AuditRecord = {
 *   sheet: "Care record audits", row: 5, date: 46027, periodLabel: null,
 *   groups: { team: "Team B" }, kind: "counts", passed: 3, checked: 4,
 * };
 */
export type AuditRecord = AuditRecordBase & (ScoreMeasure | CountsMeasure);

/** Where and when a record was read, and its groups. */
interface AuditRecordBase {
  sheet: string;
  /** The spreadsheet's own 1-based row number. */
  row: number;
  date: ExcelSerialDate | null;
  /** The period as the sheet names it ("Wk 1", "Jan-26", "w/c 05/01/2026"), or null. */
  periodLabel: string | null;
  groups: RecordGroups;
}

/** A score between 0 and 1. */
interface ScoreMeasure {
  kind: "score";
  score: Proportion;
}

/** Whole-number counts; passed never exceeds checked and checked is at least 1. */
interface CountsMeasure {
  kind: "counts";
  passed: number;
  checked: number;
}

/**
 * A cell the reader could not use, named so a quality lead can find and fix it.
 *
 * @example
 * const problem: ReadProblem = {
 *   sheet: "Care record audits", row: 17, column: 'G "Risk updated"', columnLetter: "G",
 *   header: "Risk updated",
 *   message: 'Row 17, column G "Risk updated": "Yes?" is not Yes, No or N/A; row left out',
 * };
 */
export interface ReadProblem {
  sheet: string;
  /** The spreadsheet's own 1-based row number. */
  row: number;
  /** The column letter and header, as a person would name it: 'G "Risk updated"' ("" for the sheet). */
  column: string;
  /** The spreadsheet column letter alone ("G"), to link to the cell ("" for the sheet). */
  columnLetter: string;
  /** The header text of the column ("" for the sheet). */
  header: string;
  /** Plain English, starting with the row and column. */
  message: string;
}

/**
 * A data row the reader did not turn into records, and why (blank, a totals row, unreadable ...).
 *
 * @example
 * const skipped: SkippedRow = { row: 9, reason: "blank row" };
 */
export interface SkippedRow {
  /** The spreadsheet's own 1-based row number. */
  row: number;
  reason: string;
}

/**
 * How many rows were left out for one reason, for the JSON, the command line, the task pane and the
 * Assurance Summary.
 *
 * @example
 * const leftOut: RowsLeftOut = { reason: "totals or average row", count: 3 };
 */
export interface RowsLeftOut {
  reason: string;
  count: number;
}

/**
 * Everything read from one grid. Every row below the header is accounted for:
 * `rowsRead === rowsUsed + rowsSkipped.length`.
 *
 * @example
 * const empty: GridReadResult = {
 *   sheet: "Read me", layout: "per-audit", headerRow: 1, mapping: [], scoreUnit: null, records: [],
 *   problems: [], rowsRead: 0, rowsUsed: 0, rowsSkipped: [], rowsLeftOut: [], groupRoles: [],
 *   groupsFrom: [], partialAnswers: 0,
 * };
 */
export interface GridReadResult {
  sheet: string;
  layout: GridLayout;
  /** The spreadsheet's own 1-based row number of the header. */
  headerRow: number;
  /** The mapping the records were read with (the proposal, or the user's own). */
  mapping: ColumnMapping;
  /** How raw numbers in score cells were read, or null when there were none. */
  scoreUnit: ScoreUnit | null;
  records: AuditRecord[];
  problems: ReadProblem[];
  /** Rows below the header. */
  rowsRead: number;
  /** Rows that gave at least one record. */
  rowsUsed: number;
  rowsSkipped: SkippedRow[];
  /** `rowsSkipped` counted by reason, most first: `rowsRead === rowsUsed + the sum of the counts`. */
  rowsLeftOut: RowsLeftOut[];
  /** The grouping roles the records carry, whether from a column, a heading or the column headers. */
  groupRoles: GroupingRole[];
  /**
   * Where groups were read from besides a grouping column, in words ("the heading \"Team: Oak Unit\"
   * above the rows", "the column headers Oak, Elm, Ash"), and how a grouping column's names were read
   * when not as written (filled down from the row above; spellings differing only in case merged);
   * empty when only grouping columns were used, as written.
   */
  groupsFrom: string[];
  /** Answers read as partial ("Partial", "Partly", "Partially met", "Some"), counted by the rule chosen. */
  partialAnswers: number;
  /** Answers with a comment after them ("No - see notes"), read by their answer; absent when none. */
  commentedAnswers?: number;
  /** How the text dates were read when not day first as in the UK: 'dates in column A "Date" read month first, as written in the US (...)'. */
  datesNote?: string;
}
