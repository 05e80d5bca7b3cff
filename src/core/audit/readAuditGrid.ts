import {
  excelErrorOf,
  formatUkDate,
  isNotApplicable,
  parseDate,
  parseFraction,
  parseNumber,
  parseYesNo,
  type CellValue,
  type ExcelSerialDate,
} from "../values";
import { chooseLayout } from "./chooseLayout";
import { columnLetter } from "./columnLetter";
import { COLUMN_ROLE_WORDS } from "./columnRoleWords";
import { describeCell } from "./describeCell";
import { findHeaderRow } from "./findHeaderRow";
import { isTotalsLabel } from "./isTotalsLabel";
import { parsePeriodHeader } from "./parsePeriodHeader";
import { PLAUSIBLE_AUDIT_DATES } from "./plausibleAuditDates";
import { proposeColumnRoles } from "./proposeColumnRoles";
import { SKIPPED_ROW_REASONS } from "./skippedRowReasons";
import {
  COLUMN_ROLES,
  GROUPING_ROLES,
  type AuditRecord,
  type ColumnMapping,
  type ColumnMappingEntry,
  type GridLayout,
  type GridReadResult,
  type GroupingRole,
  type ReadProblem,
  type RecordGroups,
  type ScoreUnit,
  type SkippedRow,
} from "./types";

/** Options of `readAuditGrid`. */
export interface ReadAuditGridOptions {
  /** The sheet's name, carried into every record and problem. */
  sheet: string;
  /** The spreadsheet row number (1-based) of grid[0]; default 1. */
  firstRow?: number;
  /** The spreadsheet column number (1-based) of grid[n][0]; default 1. */
  firstColumn?: number;
  /** The spreadsheet row number of the header, when the user has chosen it; found otherwise. */
  headerRow?: number;
  /** The user's corrected mapping; it replaces the proposal. Columns it leaves out are ignored. */
  mapping?: ColumnMapping;
  /** How raw score numbers are read; decided from the values otherwise (see `readAuditGrid`). */
  scoreUnit?: ScoreUnit;
}

/** Excel's widest sheet; a mapping entry beyond it is not a column. */
const widestSheetInColumns = 16384;
/** Distinct texts remembered per column; beyond this each cell is parsed afresh (bounded memory). */
const cachedTextsPerColumn = 10000;
/** Excel's top score in percent. */
const percentMaximum = 100;

// The codes below are small integers rather than string unions because the row loop compares them
// once per cell; they never leave this file.

// What a score cell holds, once read.
const SCORE_ABSENT = 0;
const SCORE_RAW = 1;
const SCORE_PROPORTION = 2;
const SCORE_COUNTS = 3;
const SCORE_PROBLEM = 4;
const SCORE_NOT_APPLICABLE = 5;

// What an item cell holds, once read.
const ANSWER_BLANK = 0;
const ANSWER_YES = 1;
const ANSWER_NO = 2;
const ANSWER_NOT_APPLICABLE = 3;
const ANSWER_ERROR = 4;
const ANSWER_UNREADABLE = 5;

// What a grouping cell holds when it is not a group name.
const GROUP_BLANK = 0;
const GROUP_TOTALS = 1;
const GROUP_ERROR = 2;
const GROUP_UNREADABLE = 3;

// What a date cell holds when it is not a date.
const DATE_BLANK = -1;
const DATE_NOT_A_DATE = -2;
const DATE_IMPLAUSIBLE = -3;
const DATE_ERROR = -4;

interface ScoreText {
  code: number;
  value: number;
  passed: number;
  checked: number;
}

interface Column {
  index: number;
  header: string;
  letter: string;
  /** 'G "Risk updated"', or "G" for a column without a header. */
  name: string;
}

interface GroupColumn extends Column {
  role: GroupingRole;
  names: Map<string, string | number>;
}

interface PeriodColumn extends Column {
  date: ExcelSerialDate | null;
  label: string;
}

interface ReadPlan {
  layout: GridLayout;
  groups: GroupColumn[];
  date: Column | null;
  period: Column | null;
  score: Column | null;
  passed: Column | null;
  checked: Column | null;
  items: Column[];
  periods: PeriodColumn[];
  /** Non-ignored columns with a header, to recognise a header row repeated between blocks. */
  headed: Column[];
}

const emptyGroups: RecordGroups = Object.freeze({});
const fractionShape = /^\d+\s*(?:\/|of|out of)\s*\d+$/i;

function wholeNumberAtLeastOne(v: unknown): number | null {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 1 ? v : null;
}

function isBlankCell(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== "string") return false;
  if (v.length === 0) return true;
  const first = v.charCodeAt(0);
  // Most text starts with a visible character: only then is trimming worth its cost.
  return first <= 32 || first === 160 || first === 0xfeff || first >= 0x2000 ? v.trim() === "" : false;
}

const knownRoles: ReadonlySet<string> = new Set(COLUMN_ROLES);

/** Keeps the well-formed entries of a user's mapping, one per column. */
function sanitiseMapping(mapping: unknown): ColumnMapping {
  if (!Array.isArray(mapping)) return [];
  const seen = new Set<number>();
  const clean: ColumnMapping = [];
  for (const entry of mapping as unknown[]) {
    if (entry === null || typeof entry !== "object") continue;
    const { index, header, role, confidence, reason } = entry as Partial<ColumnMappingEntry>;
    if (typeof index !== "number" || !Number.isSafeInteger(index) || index < 0 || index >= widestSheetInColumns) continue;
    if (typeof role !== "string" || !knownRoles.has(role) || seen.has(index)) continue;
    seen.add(index);
    clean.push({
      index,
      header: typeof header === "string" ? header : "",
      role,
      confidence: typeof confidence === "number" && Number.isFinite(confidence) ? confidence : 1,
      reason: typeof reason === "string" ? reason : "Chosen by the user.",
    });
  }
  return clean.sort((a, b) => a.index - b.index);
}

function plan(mapping: ColumnMapping, headerCells: ReadonlyArray<CellValue>, firstColumn: number): ReadPlan {
  const layout = chooseLayout(mapping);
  const column = (entry: ColumnMappingEntry): Column => {
    const letter = columnLetter(firstColumn + entry.index);
    return { index: entry.index, header: entry.header, letter, name: entry.header === "" ? letter : `${letter} "${entry.header}"` };
  };
  const first = (role: string): Column | null => {
    const entry = mapping.find((e) => e.role === role);
    return entry === undefined ? null : column(entry);
  };
  const groups: GroupColumn[] = [];
  for (const role of GROUPING_ROLES) {
    const entry = mapping.find((e) => e.role === role);
    if (entry !== undefined) groups.push({ ...column(entry), role, names: new Map() });
  }
  const periods: PeriodColumn[] = [];
  if (layout === "wide") {
    for (const entry of mapping) {
      if (entry.role !== "period") continue;
      const heading = parsePeriodHeader(headerCells[entry.index]) ?? parsePeriodHeader(entry.header);
      periods.push({ ...column(entry), date: heading?.date ?? null, label: heading?.label ?? entry.header });
    }
  }
  return {
    layout,
    groups,
    date: first("date"),
    period: layout === "wide" ? null : first("period"),
    score: first("score"),
    passed: first("passed"),
    checked: first("checked"),
    items: mapping.filter((e) => e.role === "item").map(column),
    periods,
    headed: mapping.filter((e) => e.role !== "ignore" && e.header !== "").map(column),
  };
}

/** Reads the rows of one grid with a settled plan; one instance per call, so no state leaks. */
class GridRowReader {
  readonly records: AuditRecord[] = [];
  readonly problems: ReadProblem[] = [];
  readonly skipped: SkippedRow[] = [];
  rowsUsed = 0;
  /** How raw score numbers are read; settled by `decideScoreUnit` before any row is read. */
  private unit: ScoreUnit = "proportion";
  private sawRawScore = false;
  /** The current row's group names (or GROUP_ codes), in the order of `plan.groups`. */
  private readonly groupNames: (string | number)[];
  private readonly groupTrie = new Map<string, unknown>();
  private readonly firstCellTotals = new Map<string, boolean>();
  private readonly scoreTexts = new Map<string, ScoreText>();
  private readonly answers = new Map<string, number>();
  private readonly dateTexts = new Map<string, number>();
  private readonly periodTexts = new Map<string, { date: ExcelSerialDate | null; label: string }>();
  // Scratch for the cell being read, so reading allocates nothing per cell.
  private scoreValue = 0;
  private scorePassed = 0;
  private scoreChecked = 0;
  private rowDate: ExcelSerialDate | null = null;
  private rowPeriodLabel: string | null = null;
  private readonly wideCodes: Int8Array;
  private readonly wideValues: Float64Array;
  private readonly widePassed: Float64Array;
  private readonly wideChecked: Float64Array;

  constructor(
    private readonly sheet: string,
    private readonly plan: ReadPlan,
    private readonly forcedUnit: ScoreUnit | null,
  ) {
    this.groupNames = plan.groups.map(() => "");
    const periods = plan.periods.length;
    this.wideCodes = new Int8Array(periods);
    this.wideValues = new Float64Array(periods);
    this.widePassed = new Float64Array(periods);
    this.wideChecked = new Float64Array(periods);
  }

  get scoreUnit(): ScoreUnit | null {
    return this.sawRawScore ? this.unit : null;
  }

  /**
   * Settles the unit of raw score numbers for the whole sheet before any record is made, so each score
   * is stored once as a proportion: percentages as soon as a row that is not a totals row holds a raw
   * score above 1 (and at most 100), proportions otherwise. Percentage columns usually end the scan on
   * their first row.
   */
  decideScoreUnit(rows: ReadonlyArray<unknown>, from: number, last: number): void {
    if (this.forcedUnit !== null) {
      this.unit = this.forcedUnit;
      return;
    }
    this.unit = "proportion";
    const columns = this.plan.layout === "wide" ? this.plan.periods.map((column) => column.index)
      : this.plan.layout === "per-audit" && this.plan.score !== null ? [this.plan.score.index] : [];
    if (columns.length === 0) return;
    for (let r = from; r <= last; r++) {
      const row = rows[r];
      if (!Array.isArray(row)) continue;
      const cells = row as ReadonlyArray<unknown>;
      for (let k = 0; k < columns.length; k++) {
        const v = cells[columns[k]];
        let n: number;
        if (typeof v === "number") n = v;
        else if (typeof v === "string") {
          const text = this.scoreText(v);
          if (text.code !== SCORE_RAW) continue;
          n = text.value;
        } else continue;
        if (n > 1 && n <= percentMaximum && !this.isTotalsRow(cells, this.firstFilled(cells))) {
          this.unit = "percentage";
          return;
        }
      }
    }
  }

  private firstFilled(cells: ReadonlyArray<unknown>): number {
    for (let c = 0; c < cells.length; c++) if (!isBlankCell(cells[c])) return c;
    return -1;
  }

  /** Whether the first filled cell or a grouping cell is a totals label; fills `groupNames` on the way. */
  private isTotalsRow(cells: ReadonlyArray<unknown>, firstFilled: number): boolean {
    const firstValue = cells[firstFilled];
    if (typeof firstValue === "string") {
      let totals = this.firstCellTotals.get(firstValue);
      if (totals === undefined) {
        totals = isTotalsLabel(firstValue);
        if (this.firstCellTotals.size < cachedTextsPerColumn) this.firstCellTotals.set(firstValue, totals);
      }
      if (totals) return true;
    }
    const groups = this.plan.groups;
    for (let g = 0; g < groups.length; g++) {
      const name = this.groupName(groups[g], cells[groups[g].index]);
      if (name === GROUP_TOTALS) return true;
      this.groupNames[g] = name;
    }
    return false;
  }

  private scoreText(v: string): ScoreText {
    let text = this.scoreTexts.get(v);
    if (text === undefined) {
      text = this.readScoreText(v);
      if (this.scoreTexts.size < cachedTextsPerColumn) this.scoreTexts.set(v, text);
    }
    return text;
  }

  private problem(rowNumber: number, column: Column, text: string): void {
    this.problems.push({
      sheet: this.sheet,
      row: rowNumber,
      column: column.name,
      columnLetter: column.letter,
      header: column.header,
      message: `Row ${rowNumber}, column ${column.name}: ${text}`,
    });
  }

  private skip(rowNumber: number, reason: string): void {
    this.skipped.push({ row: rowNumber, reason });
  }

  private errorText(v: unknown, leftOut: string): string | null {
    const code = excelErrorOf(v as CellValue);
    return code === null ? null : `the cell shows the Excel error ${code}; ${leftOut}`;
  }

  readRow(row: unknown, rowNumber: number): void {
    if (!Array.isArray(row)) {
      this.skip(rowNumber, SKIPPED_ROW_REASONS.blank);
      return;
    }
    const cells = row as ReadonlyArray<unknown>;
    const firstFilled = this.firstFilled(cells);
    if (firstFilled < 0) {
      this.skip(rowNumber, SKIPPED_ROW_REASONS.blank);
      return;
    }
    if (this.isTotalsRow(cells, firstFilled)) {
      this.skip(rowNumber, SKIPPED_ROW_REASONS.totals);
      return;
    }
    if (typeof cells[firstFilled] === "string" && this.isRepeatedHeader(cells, firstFilled)) {
      this.skip(rowNumber, SKIPPED_ROW_REASONS.repeatedHeader);
      return;
    }
    switch (this.plan.layout) {
      case "wide":
        this.readWideRow(cells, rowNumber);
        return;
      case "per-record-items":
        this.readItemsRow(cells, rowNumber);
        return;
      default:
        this.readAuditRow(cells, rowNumber);
    }
  }

  private isRepeatedHeader(cells: ReadonlyArray<unknown>, firstFilled: number): boolean {
    const headed = this.plan.headed;
    let same = 0;
    let firstIsHeader = false;
    for (const column of headed) {
      const v = cells[column.index];
      if (typeof v === "string" && v.trim() === column.header) {
        same++;
        if (column.index === firstFilled) firstIsHeader = true;
      }
    }
    return firstIsHeader && (same >= 2 || headed.length === 1);
  }

  /** The group name in a grouping cell, or one of the GROUP_ codes. */
  private groupName(column: GroupColumn, v: unknown): string | number {
    if (typeof v === "string") {
      const known = column.names.get(v);
      if (known !== undefined) return known;
      const text = v.trim().replace(/\s+/g, " ");
      let name: string | number;
      if (text === "" || isNotApplicable(text)) name = GROUP_BLANK;
      else if (excelErrorOf(text) !== null) name = GROUP_ERROR;
      else if (isTotalsLabel(text)) name = GROUP_TOTALS;
      else name = text;
      if (column.names.size < cachedTextsPerColumn) column.names.set(v, name);
      return name;
    }
    if (v === null || v === undefined) return GROUP_BLANK;
    if (typeof v === "number") return Number.isFinite(v) ? this.groupName(column, String(v)) : GROUP_UNREADABLE;
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    if (v instanceof Date) {
      const serial = parseDate(v);
      return serial === null ? GROUP_UNREADABLE : this.groupName(column, formatUkDate(serial));
    }
    return excelErrorOf(v as CellValue) === null ? GROUP_UNREADABLE : GROUP_ERROR;
  }

  /** Checks the group names `readRow` found; false (with problems recorded) if any is unusable. */
  private readGroups(cells: ReadonlyArray<unknown>, rowNumber: number): boolean {
    const groups = this.plan.groups;
    let readable = true;
    for (let g = 0; g < groups.length; g++) {
      const column = groups[g];
      const v = cells[column.index];
      const name = this.groupNames[g];
      if (typeof name === "string") continue;
      readable = false;
      if (name === GROUP_ERROR) this.problem(rowNumber, column, this.errorText(v, "row left out") ?? "");
      else if (name === GROUP_BLANK) {
        this.problem(rowNumber, column, `blank: every row needs ${COLUMN_ROLE_WORDS[column.role]} to be compared; row left out`);
      } else this.problem(rowNumber, column, `${describeCell(v as CellValue)} is not a name to compare by; row left out`);
    }
    return readable;
  }

  /** The shared groups object for the names in `groupNames`, once `readGroups` has accepted them. */
  private currentGroups(): RecordGroups {
    const groups = this.plan.groups;
    const last = groups.length - 1;
    if (last < 0) return emptyGroups;
    let node = this.groupTrie;
    for (let g = 0; g < last; g++) {
      const name = this.groupNames[g] as string;
      let next = node.get(name) as Map<string, unknown> | undefined;
      if (next === undefined) {
        next = new Map<string, unknown>();
        node.set(name, next);
      }
      node = next;
    }
    const lastName = this.groupNames[last] as string;
    let leaf = node.get(lastName) as RecordGroups | undefined;
    if (leaf === undefined) {
      const made: Partial<Record<GroupingRole, string>> = {};
      for (let g = 0; g <= last; g++) made[groups[g].role] = this.groupNames[g] as string;
      leaf = made;
      node.set(lastName, leaf);
    }
    return leaf;
  }

  /** Reads the date and period cells into `rowDate` and `rowPeriodLabel`; false if a date is unusable. */
  private readWhen(cells: ReadonlyArray<unknown>, rowNumber: number): boolean {
    this.rowDate = null;
    this.rowPeriodLabel = null;
    let readable = true;
    const dateColumn = this.plan.date;
    if (dateColumn !== null) {
      const v = cells[dateColumn.index];
      const day = this.dayOf(v);
      if (day >= 0) this.rowDate = day;
      else if (day !== DATE_BLANK) {
        readable = false;
        if (day === DATE_ERROR) this.problem(rowNumber, dateColumn, this.errorText(v, "row left out") ?? "");
        else if (day === DATE_IMPLAUSIBLE) this.problem(rowNumber, dateColumn, `${describeCell(v as CellValue)} is not a likely audit date; row left out`);
        else this.problem(rowNumber, dateColumn, `${describeCell(v as CellValue)} is not a date; row left out`);
      }
    }
    const periodColumn = this.plan.period;
    if (periodColumn !== null) {
      const v = cells[periodColumn.index];
      const error = this.errorText(v, "row left out");
      if (error !== null) {
        this.problem(rowNumber, periodColumn, error);
        return false;
      }
      const period = this.periodOf(v, periodColumn);
      if (period !== null) {
        this.rowPeriodLabel = period.label;
        if (this.rowDate === null) this.rowDate = period.date;
      }
    }
    return readable;
  }

  /** A whole-day serial, or a DATE_ code. */
  private dayOf(v: unknown): number {
    if (v === null || v === undefined) return DATE_BLANK;
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return DATE_NOT_A_DATE;
      return v >= PLAUSIBLE_AUDIT_DATES.first && v < PLAUSIBLE_AUDIT_DATES.last + 1 ? Math.floor(v) : DATE_IMPLAUSIBLE;
    }
    if (v instanceof Date) {
      const serial = parseDate(v);
      if (serial === null) return DATE_NOT_A_DATE;
      return serial >= PLAUSIBLE_AUDIT_DATES.first && serial < PLAUSIBLE_AUDIT_DATES.last + 1 ? Math.floor(serial) : DATE_IMPLAUSIBLE;
    }
    if (typeof v === "string") {
      const known = this.dateTexts.get(v);
      if (known !== undefined) return known;
      let day: number;
      const text = v.trim();
      if (text === "" || isNotApplicable(text)) day = DATE_BLANK;
      else if (excelErrorOf(text) !== null) day = DATE_ERROR;
      else {
        const serial = parseDate(text);
        if (serial === null) day = DATE_NOT_A_DATE;
        else day = serial >= PLAUSIBLE_AUDIT_DATES.first && serial < PLAUSIBLE_AUDIT_DATES.last + 1 ? Math.floor(serial) : DATE_IMPLAUSIBLE;
      }
      if (this.dateTexts.size < cachedTextsPerColumn) this.dateTexts.set(v, day);
      return day;
    }
    if (typeof v === "object" && excelErrorOf(v as CellValue) !== null) return DATE_ERROR;
    return DATE_NOT_A_DATE;
  }

  private periodOf(v: unknown, column: Column): { date: ExcelSerialDate | null; label: string } | null {
    if (typeof v === "string") {
      const known = this.periodTexts.get(v);
      if (known !== undefined) return known;
      const text = v.trim();
      if (text === "" || isNotApplicable(text)) return null;
      const period = { date: parsePeriodHeader(text)?.date ?? null, label: text };
      if (this.periodTexts.size < cachedTextsPerColumn) this.periodTexts.set(v, period);
      return period;
    }
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return null;
      const heading = parsePeriodHeader(v);
      if (heading !== null) return heading;
      // A bare number under "Week" or "Month" is that week or month: "Week 3".
      return { date: null, label: column.header === "" ? String(v) : `${column.header} ${v}` };
    }
    if (v instanceof Date) return parsePeriodHeader(v);
    if (typeof v === "boolean") return { date: null, label: v ? "TRUE" : "FALSE" };
    return null;
  }

  /**
   * Reads a score cell into the scratch fields and returns a SCORE_ code; problems are recorded here
   * with `leftOut` ("row left out", "w/c 05/01/2026 left out") at the end of the message.
   */
  private readScore(v: unknown, rowNumber: number, column: Column, leftOut: string): number {
    if (v === null || v === undefined) return SCORE_ABSENT;
    if (typeof v === "number") return this.rawScore(v, v, rowNumber, column, leftOut);
    if (typeof v === "string") {
      const text = this.scoreText(v);
      switch (text.code) {
        case SCORE_RAW:
          return this.rawScore(text.value, v, rowNumber, column, leftOut);
        case SCORE_PROPORTION:
          this.scoreValue = text.value;
          return SCORE_PROPORTION;
        case SCORE_COUNTS:
          this.scorePassed = text.passed;
          this.scoreChecked = text.checked;
          return SCORE_COUNTS;
        case SCORE_PROBLEM:
          this.problem(rowNumber, column, `${this.scoreTextProblem(v)}; ${leftOut}`);
          return SCORE_PROBLEM;
        default:
          return text.code;
      }
    }
    if (typeof v === "boolean") {
      this.scorePassed = v ? 1 : 0;
      this.scoreChecked = 1;
      return SCORE_COUNTS;
    }
    const error = this.errorText(v, leftOut);
    if (error !== null) this.problem(rowNumber, column, error);
    else if (v instanceof Date) this.problem(rowNumber, column, `${describeCell(v)} is a date, not a score; ${leftOut}`);
    else this.problem(rowNumber, column, `${describeCell(v as CellValue)} is not a score; ${leftOut}`);
    return SCORE_PROBLEM;
  }

  private readScoreText(v: string): ScoreText {
    const text = v.trim();
    const result: ScoreText = { code: SCORE_PROBLEM, value: 0, passed: 0, checked: 0 };
    if (text === "") result.code = SCORE_ABSENT;
    else if (isNotApplicable(text)) result.code = SCORE_NOT_APPLICABLE;
    else if (excelErrorOf(text) !== null) result.code = SCORE_PROBLEM;
    else {
      const fraction = parseFraction(text);
      const n = fraction === null ? parseNumber(text) : null;
      if (fraction !== null) {
        result.code = SCORE_COUNTS;
        result.passed = fraction.passed;
        result.checked = fraction.checked;
      } else if (n !== null && text.endsWith("%")) {
        if (n >= 0 && n <= 1) {
          result.code = SCORE_PROPORTION;
          result.value = n;
        }
      } else if (n !== null) {
        result.code = SCORE_RAW;
        result.value = n;
      } else {
        const answer = parseYesNo(text);
        if (answer === "yes" || answer === "no") {
          result.code = SCORE_COUNTS;
          result.passed = answer === "yes" ? 1 : 0;
          result.checked = 1;
        }
      }
    }
    return result;
  }

  private scoreTextProblem(v: string): string {
    const text = v.trim();
    const error = excelErrorOf(text);
    if (error !== null) return `the cell shows the Excel error ${error}`;
    if (fractionShape.test(text)) return `${describeCell(text)} is not a share of checks passed (more passed than checked, or none checked)`;
    if (text.endsWith("%") && parseNumber(text) !== null) return `${describeCell(text)} is not a score between 0% and 100%`;
    return `${describeCell(text)} is not a score (a number, a percentage such as 87% or a fraction such as 7/8)`;
  }

  private rawScore(n: number, cell: number | string, rowNumber: number, column: Column, leftOut: string): number {
    const largest = this.forcedUnit === "proportion" ? 1 : percentMaximum;
    if (!Number.isFinite(n) || n < 0 || n > largest) {
      const range = largest === 1 ? "0 and 1" : "0 and 100";
      this.problem(rowNumber, column, `${describeCell(cell)} is not a score between ${range}; ${leftOut}`);
      return SCORE_PROBLEM;
    }
    this.sawRawScore = true;
    this.scoreValue = this.unit === "percentage" ? n / percentMaximum : n;
    return SCORE_RAW;
  }

  /** A whole count of 0 or more, -1 for a blank, or -2 after recording a problem. */
  private readCount(v: unknown, rowNumber: number, column: Column): number {
    if (isBlankCell(v)) return -1;
    const n = typeof v === "number" ? v : typeof v === "string" && !v.trim().endsWith("%") ? parseNumber(v) : null;
    if (n !== null && Number.isSafeInteger(n) && n >= 0) return n;
    const error = this.errorText(v, "row left out");
    this.problem(rowNumber, column, error ?? `${describeCell(v as CellValue)} is not a count (a whole number, 0 or more); row left out`);
    return -2;
  }

  private makeRecord(rowNumber: number, groups: RecordGroups, date: ExcelSerialDate | null, label: string | null, code: number): void {
    if (code === SCORE_COUNTS) {
      this.records.push({
        sheet: this.sheet, row: rowNumber, date, periodLabel: label, groups, kind: "counts", passed: this.scorePassed, checked: this.scoreChecked,
      });
      return;
    }
    this.records.push({ sheet: this.sheet, row: rowNumber, date, periodLabel: label, groups, kind: "score", score: this.scoreValue });
  }

  private readAuditRow(cells: ReadonlyArray<unknown>, rowNumber: number): void {
    const { passed, checked, score } = this.plan;
    const problemsBefore = this.problems.length;
    let code = SCORE_ABSENT;
    if (passed !== null && checked !== null && !(isBlankCell(cells[passed.index]) && isBlankCell(cells[checked.index]))) {
      const passedCount = this.readCount(cells[passed.index], rowNumber, passed);
      const checkedCount = this.readCount(cells[checked.index], rowNumber, checked);
      if (passedCount === -1) this.problem(rowNumber, passed, `blank, but column ${checked.name} has a count; row left out`);
      if (checkedCount === -1) this.problem(rowNumber, checked, `blank, but column ${passed.name} has a count; row left out`);
      if (passedCount >= 0 && checkedCount >= 0) {
        if (passedCount > checkedCount) {
          this.problem(rowNumber, passed, `${passedCount} passed is more than the ${checkedCount} checked in column ${checked.name}; row left out`);
        } else if (checkedCount === 0) {
          this.skip(rowNumber, SKIPPED_ROW_REASONS.nothingChecked);
          return;
        }
        this.scorePassed = passedCount;
        this.scoreChecked = checkedCount;
      }
      code = SCORE_COUNTS;
    } else if (score !== null) {
      code = this.readScore(cells[score.index], rowNumber, score, "row left out");
    } else if (passed === null || checked === null) {
      this.skip(rowNumber, SKIPPED_ROW_REASONS.noMeasureColumn);
      return;
    }
    if (code === SCORE_ABSENT) {
      this.skip(rowNumber, SKIPPED_ROW_REASONS.noScore);
      return;
    }
    if (code === SCORE_NOT_APPLICABLE) {
      this.skip(rowNumber, SKIPPED_ROW_REASONS.scoreNotApplicable);
      return;
    }
    const groupsReadable = this.readGroups(cells, rowNumber);
    const whenReadable = this.readWhen(cells, rowNumber);
    if (!groupsReadable || !whenReadable || this.problems.length > problemsBefore) {
      this.skip(rowNumber, SKIPPED_ROW_REASONS.unreadable);
      return;
    }
    this.makeRecord(rowNumber, this.currentGroups(), this.rowDate, this.rowPeriodLabel, code);
    this.rowsUsed++;
  }

  /** An item answer, as an ANSWER_ code. */
  private answerOf(v: unknown): number {
    if (v === null || v === undefined) return ANSWER_BLANK;
    if (typeof v === "string") {
      const known = this.answers.get(v);
      if (known !== undefined) return known;
      let code: number;
      const text = v.trim();
      if (text === "") code = ANSWER_BLANK;
      else if (excelErrorOf(text) !== null) code = ANSWER_ERROR;
      else {
        const answer = parseYesNo(text);
        code = answer === "yes" ? ANSWER_YES : answer === "no" ? ANSWER_NO : answer === "na" ? ANSWER_NOT_APPLICABLE : ANSWER_UNREADABLE;
      }
      if (this.answers.size < cachedTextsPerColumn) this.answers.set(v, code);
      return code;
    }
    if (typeof v === "boolean") return v ? ANSWER_YES : ANSWER_NO;
    if (typeof v === "number") return v === 1 ? ANSWER_YES : v === 0 ? ANSWER_NO : ANSWER_UNREADABLE;
    if (typeof v === "object" && !(v instanceof Date) && excelErrorOf(v as CellValue) !== null) return ANSWER_ERROR;
    return ANSWER_UNREADABLE;
  }

  private readItemsRow(cells: ReadonlyArray<unknown>, rowNumber: number): void {
    const items = this.plan.items;
    let yes = 0;
    let no = 0;
    let notApplicable = 0;
    const problemsBefore = this.problems.length;
    for (let i = 0; i < items.length; i++) {
      const v = cells[items[i].index];
      switch (this.answerOf(v)) {
        case ANSWER_BLANK:
          break;
        case ANSWER_YES:
          yes++;
          break;
        case ANSWER_NO:
          no++;
          break;
        case ANSWER_NOT_APPLICABLE:
          notApplicable++;
          break;
        case ANSWER_ERROR:
          this.problem(rowNumber, items[i], this.errorText(v, "row left out") ?? "");
          break;
        default:
          this.problem(rowNumber, items[i], `${describeCell(v as CellValue)} is not Yes, No or N/A; row left out`);
      }
    }
    const itemProblems = this.problems.length > problemsBefore;
    if (!itemProblems && yes + no === 0) {
      this.skip(rowNumber, notApplicable > 0 ? SKIPPED_ROW_REASONS.allItemsNotApplicable : SKIPPED_ROW_REASONS.noAnswers);
      return;
    }
    const groupsReadable = this.readGroups(cells, rowNumber);
    const whenReadable = this.readWhen(cells, rowNumber);
    if (itemProblems || !groupsReadable || !whenReadable) {
      this.skip(rowNumber, SKIPPED_ROW_REASONS.unreadable);
      return;
    }
    this.scorePassed = yes;
    this.scoreChecked = yes + no;
    this.makeRecord(rowNumber, this.currentGroups(), this.rowDate, this.rowPeriodLabel, SCORE_COUNTS);
    this.rowsUsed++;
  }

  private readWideRow(cells: ReadonlyArray<unknown>, rowNumber: number): void {
    const periods = this.plan.periods;
    let values = 0;
    let notApplicable = 0;
    let cellProblems = 0;
    const problemsBefore = this.problems.length;
    for (let p = 0; p < periods.length; p++) {
      const code = this.readScore(cells[periods[p].index], rowNumber, periods[p], `${periods[p].label} left out`);
      this.wideCodes[p] = code;
      if (code === SCORE_RAW || code === SCORE_PROPORTION) {
        this.wideValues[p] = this.scoreValue;
        values++;
      } else if (code === SCORE_COUNTS) {
        this.widePassed[p] = this.scorePassed;
        this.wideChecked[p] = this.scoreChecked;
        values++;
      } else if (code === SCORE_NOT_APPLICABLE) notApplicable++;
      else if (code === SCORE_PROBLEM) cellProblems++;
    }
    if (values === 0 && cellProblems === 0) {
      this.skip(rowNumber, notApplicable > 0 ? SKIPPED_ROW_REASONS.allPeriodValuesNotApplicable : SKIPPED_ROW_REASONS.noPeriodValues);
      return;
    }
    if (!this.readGroups(cells, rowNumber) || values === 0 || this.problems.length > problemsBefore + cellProblems) {
      this.skip(rowNumber, SKIPPED_ROW_REASONS.unreadable);
      return;
    }
    const groups = this.currentGroups();
    for (let p = 0; p < periods.length; p++) {
      const code = this.wideCodes[p];
      if (code === SCORE_COUNTS) {
        this.scorePassed = this.widePassed[p];
        this.scoreChecked = this.wideChecked[p];
      } else if (code === SCORE_RAW || code === SCORE_PROPORTION) this.scoreValue = this.wideValues[p];
      else continue;
      this.makeRecord(rowNumber, groups, periods[p].date, periods[p].label, code);
    }
    this.rowsUsed++;
  }
}

function lastFilledRow(grid: ReadonlyArray<unknown>, from: number): number {
  for (let r = grid.length - 1; r >= from; r--) {
    const row = grid[r];
    if (!Array.isArray(row)) continue;
    for (let c = 0; c < row.length; c++) if (!isBlankCell(row[c])) return r;
  }
  return from - 1;
}

/**
 * Reads one grid of cell values (a sheet or table, as Office.js or ExcelJS give it) into audit records,
 * with the column mapping used and every problem found, naming sheet, row and column.
 *
 * The header is found below titles and notes (or taken from `options.headerRow`); the mapping is
 * proposed from headers and values (or taken from `options.mapping`); the layout follows from it (see
 * `chooseLayout`). Blank rows, totals and average rows ("Total", "Average", "Service average", "All
 * teams" as the first cell or a group), and header rows repeated between blocks are skipped with a
 * reason. A cell that cannot be read (an Excel error, a score outside 0-100, passed above checked, a
 * date that is not a date, an answer that is not Yes/No/N/A, a blank group) is a problem, and its row is
 * left out (in a wide tracker, just that week or month); the rest is read. Scores may be 0.87, 87 or
 * "87%": raw numbers in a column are proportions if every one is within 0-1, else percentages; "87%"
 * is always 0.87; "7/8" gives counts. Items give counts of Yes out of Yes + No, N/A excluded. Personal
 * names, comments and record IDs are never copied. Rows below the last non-blank row are not counted;
 * every other row below the header is used or skipped: `rowsRead === rowsUsed + rowsSkipped.length`.
 * Never throws, whatever the grid holds.
 *
 * @example
 * readAuditGrid([["Team", "Score"], ["Team A", "87%"], ["Average", 0.87]], { sheet: "Audits" }).records;
 * // => [{ sheet: "Audits", row: 2, date: null, periodLabel: null, groups: { team: "Team A" }, kind: "score", score: 0.87 }]
 */
export function readAuditGrid(grid: ReadonlyArray<ReadonlyArray<CellValue>>, options: ReadAuditGridOptions): GridReadResult {
  const sheet = typeof options?.sheet === "string" ? options.sheet : "";
  const firstRow = wholeNumberAtLeastOne(options?.firstRow) ?? 1;
  const firstColumn = wholeNumberAtLeastOne(options?.firstColumn) ?? 1;
  const rows: ReadonlyArray<ReadonlyArray<CellValue>> = Array.isArray(grid) ? grid : [];
  const chosenHeader = wholeNumberAtLeastOne(options?.headerRow);
  const headerIndex = chosenHeader !== null && chosenHeader - firstRow < rows.length && chosenHeader >= firstRow
    ? chosenHeader - firstRow
    : findHeaderRow(rows);
  if (headerIndex === null) {
    return {
      sheet, layout: "per-audit", headerRow: firstRow, mapping: [], scoreUnit: null, records: [], problems: [],
      rowsRead: 0, rowsUsed: 0, rowsSkipped: [],
    };
  }
  const mapping = options?.mapping === undefined ? proposeColumnRoles(rows, headerIndex, { firstColumn }) : sanitiseMapping(options.mapping);
  const headerCells: ReadonlyArray<CellValue> = Array.isArray(rows[headerIndex]) ? rows[headerIndex] : [];
  const readPlan = plan(mapping, headerCells, firstColumn);
  const forcedUnit = options?.scoreUnit === "proportion" || options?.scoreUnit === "percentage" ? options.scoreUnit : null;
  const reader = new GridRowReader(sheet, readPlan, forcedUnit);
  const headerRow = firstRow + headerIndex;
  const hasMeasure = readPlan.layout === "wide" ? readPlan.periods.length > 0
    : readPlan.layout === "per-record-items" ? readPlan.items.length > 0
    : readPlan.score !== null || (readPlan.passed !== null && readPlan.checked !== null);
  const last = lastFilledRow(rows, headerIndex + 1);
  if (!hasMeasure) {
    reader.problems.push({
      sheet, row: headerRow, column: "", columnLetter: "", header: "",
      message: `No column of scores, counts, Yes/No answers or weekly or monthly results was found under the header in row ${headerRow}; choose the column roles by hand`,
    });
  }
  reader.decideScoreUnit(rows, headerIndex + 1, last);
  for (let r = headerIndex + 1; r <= last; r++) reader.readRow(rows[r], firstRow + r);
  return {
    sheet,
    layout: readPlan.layout,
    headerRow,
    mapping,
    scoreUnit: reader.scoreUnit,
    records: reader.records,
    problems: reader.problems,
    rowsRead: Math.max(0, last - headerIndex),
    rowsUsed: reader.rowsUsed,
    rowsSkipped: reader.skipped,
  };
}
