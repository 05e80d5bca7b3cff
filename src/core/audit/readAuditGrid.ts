import { formatUkDate, isAfterDay, isBlank, type CellValue, type ExcelSerialDate } from "../values";
import { cellText } from "./cellText";
import { chooseMeasureColumn } from "./chooseMeasureColumn";
import { findGroupColumns } from "./findGroupColumns";
import { findHeaderRow } from "./findHeaderRow";
import { GridCellReader } from "./gridCellReader";
import { groupColumnsRowReader } from "./groupColumnsRowReader";
import { isHeaderLabel } from "./isHeaderLabel";
import { isTotalsLabel } from "./isTotalsLabel";
import { itemsRowReader } from "./itemsRowReader";
import { matchHeaderRole } from "./matchHeaderRole";
import { parseGroupHeading, type GroupHeading } from "./parseGroupHeading";
import { DEFAULT_PARTIAL_ANSWER_RULE, PARTIAL_ANSWER_RULES, type PartialAnswerRule } from "./partialAnswerRules";
import { perAuditRowReader } from "./perAuditRowReader";
import { proposeColumnRoles } from "./proposeColumnRoles";
import { planRead, type PlannedColumn, type ReadPlan } from "./readPlan";
import { RowAccount } from "./rowAccount";
import { RowGroups } from "./rowGroups";
import { RowReading, type RowReader } from "./rowReading";
import { sanitiseMapping } from "./sanitiseMapping";
import { SKIPPED_ROW_REASONS } from "./skippedRowReasons";
import { summariseRowsLeftOut } from "./summariseRowsLeftOut";
import type { ColumnMapping, GridReadResult, ScoreUnit } from "./types";
import { wideRowReader } from "./wideRowReader";

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
  /** How partial answers count (see `PARTIAL_ANSWER_RULES`); default "not-met". */
  partialAnswers?: PartialAnswerRule;
  /** The header of the column to read as the score, overriding the proposal (not a user's mapping). */
  measureColumn?: string;
  /**
   * The review (as-of) date: a row whose every record is dated after that day is left out with a
   * reason, and its records are not made. Absent, every date is read.
   */
  asOf?: ExcelSerialDate;
}

/** Excel's top score in percent. */
const percentMaximum = 100;
/** A heading with more filled cells than this is a data row. */
const mostCellsInHeading = 2;

function wholeNumberAtLeastOne(v: unknown): number | null {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 1 ? v : null;
}

/** The first filled cell's index, or -1 for a blank row. */
function firstFilled(cells: ReadonlyArray<unknown>): number {
  for (let c = 0; c < cells.length; c++) if (!isBlank(cells[c] as CellValue)) return c;
  return -1;
}

function filledUpTo(cells: ReadonlyArray<unknown>, from: number, most: number): number {
  let filled = 0;
  for (let c = from; c < cells.length && filled <= most; c++) if (!isBlank(cells[c] as CellValue)) filled++;
  return filled;
}

function lastFilledRow(grid: ReadonlyArray<unknown>, from: number): number {
  for (let r = grid.length - 1; r >= from; r--) {
    const row = grid[r];
    if (!Array.isArray(row)) continue;
    for (let c = 0; c < row.length; c++) if (!isBlank(row[c] as CellValue)) return r;
  }
  return from - 1;
}

/** The layout's row reader. */
function rowReaderFor(reading: RowReading): RowReader {
  switch (reading.plan.layout) {
    case "wide":
      return wideRowReader(reading);
    case "per-record-items":
      return itemsRowReader(reading);
    case "groups-as-columns":
      return groupColumnsRowReader(reading);
    default:
      return perAuditRowReader(reading);
  }
}

/** The columns whose raw numbers settle the sheet's unit (percentages or proportions). */
function scoreColumns(plan: ReadPlan): number[] {
  if (plan.layout === "wide") return plan.periods.map((column) => column.index);
  if (plan.layout === "groups-as-columns") return plan.sideBySide?.holds === "scores" ? plan.sideBySide.columns.map((column) => column.index) : [];
  return plan.layout === "per-audit" && plan.score !== null ? [plan.score.index] : [];
}

/** The columns holding what is measured (questions, scores, counts, weeks or months, groups side by side). */
function measureColumns(plan: ReadPlan): PlannedColumn[] {
  const single = [plan.score, plan.passed, plan.checked].filter((column): column is PlannedColumn => column !== null);
  return [...plan.items, ...single, ...plan.periods, ...(plan.sideBySide?.columns ?? [])];
}

/** "A", "A" and "B", "A", "B", "C" and 2 more: quoted headers for a message. */
function quotedList(texts: readonly string[]): string {
  const shown = texts.slice(0, 3).map((text) => `"${text}"`);
  const more = texts.length - shown.length;
  if (more > 0) return `${shown.join(", ")} and ${more} more`;
  return shown.length <= 1 ? shown.join("") : `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

/** Reads one grid's rows with a settled plan: the loop every layout shares. */
class GridRows {
  /** Where a second table with other measure columns starts below the first, and its other headers. */
  secondTable: { row: number; headers: string[] } | null = null;
  private readonly firstCellTotals = new Map<string, boolean>();
  private readonly readRowOfLayout: RowReader;
  /** Headings met, in the order met, for the reasons shown to the user. */
  readonly headings: GroupHeading[] = [];

  /** The reason given to rows dated after the review date, or null without one. */
  private readonly afterReviewReason: string | null;

  constructor(private readonly reading: RowReading, private readonly asOf: ExcelSerialDate | null) {
    this.readRowOfLayout = rowReaderFor(reading);
    this.afterReviewReason = asOf === null ? null : `${SKIPPED_ROW_REASONS.afterReviewDate} ${formatUkDate(asOf)}`;
  }

  /**
   * Settles the unit of raw score numbers for the whole sheet before any record is made, so each score
   * is stored once as a proportion: percentages as soon as a row that is not a totals row holds a raw
   * score above 1 (and at most 100), proportions otherwise. Percentage columns usually end the scan on
   * their first row.
   */
  decideScoreUnit(rows: ReadonlyArray<unknown>, from: number, last: number): void {
    const reader = this.reading.cells;
    if (reader.forcedUnit !== null) {
      reader.unit = reader.forcedUnit;
      return;
    }
    reader.unit = "proportion";
    const columns = scoreColumns(this.reading.plan);
    if (columns.length === 0) return;
    for (let r = from; r <= last; r++) {
      const row = rows[r];
      if (!Array.isArray(row)) continue;
      const cells = row as ReadonlyArray<unknown>;
      for (let k = 0; k < columns.length; k++) {
        const n = reader.rawNumber(cells[columns[k]]);
        if (n !== null && n > 1 && n <= percentMaximum && !this.isTotalsRow(cells, firstFilled(cells))) {
          reader.unit = "percentage";
          return;
        }
      }
    }
  }

  /** Uses a heading above the header ("Team: Oak Unit" over the table) for every row below it. */
  headingAbove(rows: ReadonlyArray<unknown>, headerIndex: number): void {
    for (let r = 0; r < headerIndex; r++) {
      const row = rows[r];
      if (!Array.isArray(row)) continue;
      const heading = parseGroupHeading(row as ReadonlyArray<CellValue>);
      if (heading !== null) this.useHeading(heading);
    }
  }

  readRow(row: unknown, rowNumber: number): void {
    const { account, groups } = this.reading;
    if (!Array.isArray(row)) {
      groups.endBlock();
      account.leaveOut(rowNumber, SKIPPED_ROW_REASONS.blank);
      return;
    }
    const cells = row as ReadonlyArray<unknown>;
    const first = firstFilled(cells);
    if (first < 0) {
      groups.endBlock();
      account.leaveOut(rowNumber, SKIPPED_ROW_REASONS.blank);
      return;
    }
    if (this.secondTable !== null) {
      account.leaveOut(rowNumber, SKIPPED_ROW_REASONS.secondTable);
      return;
    }
    // Headers, headings and totals labels are text; most data rows start with a date or a name.
    const startsWithText = typeof cells[first] === "string";
    const otherHeaders = startsWithText ? this.otherTableHeaders(cells, first) : null;
    if (otherHeaders !== null) {
      this.secondTable = { row: rowNumber, headers: otherHeaders };
      account.leaveOut(rowNumber, SKIPPED_ROW_REASONS.secondTable);
      return;
    }
    if (startsWithText && this.isRepeatedHeader(cells, first)) {
      groups.endBlock();
      account.leaveOut(rowNumber, SKIPPED_ROW_REASONS.repeatedHeader);
      return;
    }
    if (startsWithText && filledUpTo(cells, first, mostCellsInHeading) <= mostCellsInHeading) {
      const heading = parseGroupHeading(cells as ReadonlyArray<CellValue>);
      if (heading !== null) {
        groups.endBlock();
        this.useHeading(heading);
        account.leaveOut(rowNumber, SKIPPED_ROW_REASONS.groupHeading);
        return;
      }
    }
    if (this.isTotalsRow(cells, first)) {
      groups.endBlock();
      account.leaveOut(rowNumber, SKIPPED_ROW_REASONS.totals);
      return;
    }
    const recordsBefore = this.reading.records.length;
    const usedBefore = account.rowsUsed;
    this.readRowOfLayout(cells, rowNumber);
    if (account.rowsUsed > usedBefore) this.setAsideIfAfterReview(rowNumber, recordsBefore);
  }

  /**
   * Leaves out a row whose records are all dated after the review date, whatever the layout. A row
   * with some records on or before it (a tracker with weeks on both sides) stays used; the analysis
   * leaves out its later records and says so.
   */
  private setAsideIfAfterReview(rowNumber: number, recordsBefore: number): void {
    if (this.asOf === null || this.afterReviewReason === null) return;
    const records = this.reading.records;
    for (let i = recordsBefore; i < records.length; i++) {
      const date = records[i].date;
      if (date === null || !isAfterDay(date, this.asOf)) return;
    }
    records.length = recordsBefore;
    this.reading.account.setAside(rowNumber, this.afterReviewReason);
  }

  private useHeading(heading: GroupHeading): void {
    this.headings.push(heading);
    this.reading.groups.setHeading(heading.role, heading.name);
  }

  /** Whether the first filled cell or a grouping cell is a totals label; reads the group names on the way. */
  private isTotalsRow(cells: ReadonlyArray<unknown>, first: number): boolean {
    const firstValue = cells[first];
    if (typeof firstValue === "string") {
      let totals = this.firstCellTotals.get(firstValue);
      if (totals === undefined) {
        totals = isTotalsLabel(firstValue);
        if (this.firstCellTotals.size < 10000) this.firstCellTotals.set(firstValue, totals);
      }
      if (totals) return true;
    }
    return this.reading.groups.readColumns(cells);
  }

  /**
   * The headers of a second table's header row, or null for any other row: a row of header labels
   * only, naming at least one column as a header does ("Date", "Team", or this table's own header in
   * that column), whose cells over this table's questions or scores say something else, and that is
   * not a heading naming the group of the rows below. Reading on
   * would score the second audit's answers under the first audit's questions.
   */
  private otherTableHeaders(cells: ReadonlyArray<unknown>, first: number): string[] | null {
    const { headed } = this.reading.plan;
    const measures = measureColumns(this.reading.plan);
    if (measures.length === 0) return null;
    let filled = 0;
    let namesAColumn = false;
    const headerAt = new Map(headed.map((column) => [column.index, column.header]));
    const other: string[] = [];
    for (let c = first; c < cells.length; c++) {
      const v = cells[c] as CellValue;
      if (isBlank(v)) continue;
      if (!isHeaderLabel(v)) return null;
      filled++;
      const text = cellText(v);
      const ours = headerAt.get(c);
      if (ours === text) namesAColumn = true;
      else {
        other.push(text);
        if (!namesAColumn && matchHeaderRole(text)?.exact === true) namesAColumn = true;
      }
    }
    const measuresDiffer = measures.some((column) => {
      const text = cellText(cells[column.index] as CellValue);
      return text !== "" && text !== column.header;
    });
    // "Team | Elm Unit" over a block names the block's group (see `parseGroupHeading`), not new columns.
    return filled >= 2 && namesAColumn && measuresDiffer && parseGroupHeading(cells as ReadonlyArray<CellValue>) === null ? other : null;
  }

  private isRepeatedHeader(cells: ReadonlyArray<unknown>, first: number): boolean {
    const headed = this.reading.plan.headed;
    let same = 0;
    let firstIsHeader = false;
    for (const column of headed) {
      const v = cells[column.index];
      if (typeof v === "string" && cellText(v) === column.header) {
        same++;
        if (column.index === first) firstIsHeader = true;
      }
    }
    return firstIsHeader && (same >= 2 || headed.length === 1);
  }
}

/** Where groups were read from besides grouping columns, in words. */
/** The cells of one column from row `from` to `last` (grid indexes), for a survey of the whole column. */
function* columnValues(rows: ReadonlyArray<unknown>, column: number, from: number, last: number): Generator<unknown> {
  for (let r = from; r <= last; r++) {
    const row = rows[r];
    if (Array.isArray(row)) yield row[column];
  }
}

function groupsFrom(plan: ReadPlan, headings: readonly GroupHeading[], columnNotes: readonly string[]): string[] {
  const from: string[] = [...columnNotes];
  const named = headings.slice(0, 3).map((heading) => `"${heading.label}: ${heading.name}"`).join(", ");
  if (headings.length > 0) from.push(`the heading${headings.length === 1 ? "" : "s"} ${named}${headings.length > 3 ? ` and ${headings.length - 3} more` : ""} above the rows`);
  if (plan.sideBySide !== null) from.push(`the column headers ${plan.sideBySide.columns.map((column) => `"${column.group}"`).join(", ")}, one column per group`);
  return from;
}

/**
 * Reads one grid of cell values (a sheet or table, as Office.js or ExcelJS give it) into audit records,
 * with the column mapping used and every problem found, naming sheet, row and column.
 *
 * The header is found below titles and notes (or taken from `options.headerRow`); the mapping is
 * proposed from headers and values (or taken from `options.mapping`); the layout follows from it (see
 * `chooseLayout`), or is "groups-as-columns" when the headers name teams, units or locations over
 * columns of answers or scores (see `findGroupColumns`). Groups come from grouping columns, from a
 * heading above the table or a block ("Team: Oak Unit", see `parseGroupHeading`), or from those column
 * headers. A grouping column with names only at the start of each block (or merged down) fills its
 * blanks from the name above, and names differing only in case or spaces are one group in their most
 * common spelling (see `RowGroups.survey`); `groupsFrom` says so. Blank rows, totals rows (a whole totals phrase, see `isTotalsLabel`), heading rows and
 * header rows repeated between blocks are left out with a reason; a second table stacked below, whose
 * header names other questions or scores, is never read into the first: its rows are left out as
 * "row of a second table below (not read)" and a problem names the row where it starts. A cell that cannot be read is a
 * problem: in a per-audit row it leaves the row out; in an item audit, or groups side by side, only
 * that answer is left out; in a wide tracker, just that week or month. Partial answers ("Partial",
 * "Partly", "Partially met", "Some") count by `options.partialAnswers`. Scores may be 0.87, 87 or
 * "87%": raw numbers in a column are proportions if every one is within 0-1, else percentages; "7/8"
 * gives counts. With `options.asOf`, a row dated after the review day (every record it would give) is
 * left out with that reason. Personal names, comments and record IDs are never copied. Rows below the last
 * non-blank row are not counted; every other row below the header is used or left out with a reason:
 * `rowsRead === rowsUsed + rowsSkipped.length`, and `rowsLeftOut` counts them by reason. Never throws.
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
      rowsRead: 0, rowsUsed: 0, rowsSkipped: [], rowsLeftOut: [], groupRoles: [], groupsFrom: [], partialAnswers: 0,
    };
  }
  const scoreUnitStated = options?.scoreUnit === "proportion" || options?.scoreUnit === "percentage";
  const proposed = options?.mapping === undefined ? proposeColumnRoles(rows, headerIndex, { firstColumn, scoreUnitStated }) : null;
  const measured = proposed !== null && typeof options?.measureColumn === "string" ? chooseMeasureColumn(proposed, options.measureColumn) : null;
  const mapping = measured ?? proposed ?? sanitiseMapping(options.mapping);
  const headerCells: ReadonlyArray<CellValue> = Array.isArray(rows[headerIndex]) ? rows[headerIndex] : [];
  const plan = planRead(mapping, headerCells, firstColumn, findGroupColumns(rows, headerIndex, mapping));
  const forcedUnit = options?.scoreUnit === "proportion" || options?.scoreUnit === "percentage" ? options.scoreUnit : null;
  const partialRule = (PARTIAL_ANSWER_RULES as readonly unknown[]).includes(options?.partialAnswers) ? (options.partialAnswers as PartialAnswerRule) : DEFAULT_PARTIAL_ANSWER_RULE;
  const cells = new GridCellReader(sheet, forcedUnit);
  const account = new RowAccount();
  const reading = new RowReading(sheet, plan, cells, new RowGroups(plan, cells), account, partialRule);
  const asOf = typeof options?.asOf === "number" && Number.isFinite(options.asOf) ? options.asOf : null;
  const reader = new GridRows(reading, asOf);
  const headerRow = firstRow + headerIndex;
  const hasMeasure = plan.layout === "wide" ? plan.periods.length > 0
    : plan.layout === "per-record-items" ? plan.items.length > 0
    : plan.layout === "groups-as-columns" ? true
    : plan.score !== null || (plan.passed !== null && plan.checked !== null);
  const last = lastFilledRow(rows, headerIndex + 1);
  if (!hasMeasure) {
    cells.problems.push({
      sheet, row: headerRow, column: "", columnLetter: "", header: "",
      message: `No column of scores, counts, Yes/No answers or weekly or monthly results was found under the header in row ${headerRow}; choose the column roles by hand`,
    });
  }
  reader.headingAbove(rows, headerIndex);
  reading.groups.survey(rows, headerIndex + 1, last);
  const dateColumn = plan.date;
  const datesNote = dateColumn === null ? null : cells.surveyDateOrder(columnValues(rows, dateColumn.index, headerIndex + 1, last), `column ${dateColumn.name}`);
  reader.decideScoreUnit(rows, headerIndex + 1, last);
  // Deciding the unit reads grouping cells on the way; reading proper starts with no block open.
  reading.groups.endBlock();
  for (let r = headerIndex + 1; r <= last; r++) reader.readRow(rows[r], firstRow + r);
  if (reader.secondTable !== null) {
    const { row, headers } = reader.secondTable;
    const lastRow = firstRow + last;
    const ours = measureColumns(plan).map((column) => column.header).filter((header) => header !== "");
    cells.problems.push({
      sheet, row, column: "", columnLetter: "", header: "",
      message: `Row ${row}: a second table starts here, with other columns (${quotedList(headers)}) than the table above (${quotedList(ours)}); `
        + `${lastRow === row ? `its 1 row (${row}) is` : `its ${lastRow - row + 1} rows (${row} to ${lastRow}) are`} not read, so that two audits are never mixed. Move it to a sheet of its own to analyse it`,
    });
  }
  return {
    sheet,
    layout: plan.layout,
    headerRow,
    mapping,
    scoreUnit: cells.sawRawScore ? cells.unit : null,
    records: reading.records,
    problems: cells.problems,
    rowsRead: Math.max(0, last - headerIndex),
    rowsUsed: account.rowsUsed,
    rowsSkipped: account.skipped,
    rowsLeftOut: summariseRowsLeftOut(account.skipped),
    groupRoles: reading.groups.roles,
    groupsFrom: groupsFrom(plan, reader.headings, reading.groups.notes()),
    partialAnswers: reading.partialAnswers,
    ...(reading.commentedAnswers > 0 ? { commentedAnswers: reading.commentedAnswers } : {}),
    ...(datesNote !== null ? { datesNote } : {}),
  };
}
