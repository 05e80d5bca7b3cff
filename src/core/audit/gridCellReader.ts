import {
  describeCell,
  excelErrorOf,
  FRACTION_TEXT,
  formatNumber,
  formatUkDate,
  isBlank,
  isNotApplicable,
  parseDate,
  parseFraction,
  parseNumber,
  parseYesNo,
  type CellValue,
  type ExcelSerialDate,
} from "../values";
import { isTotalsLabel } from "./isTotalsLabel";
import { parsePeriodHeader } from "./parsePeriodHeader";
import { PLAUSIBLE_AUDIT_DATES } from "./plausibleAuditDates";
import type { GroupingColumn, PlannedColumn } from "./readPlan";
import { readItemAnswer, type ItemAnswerKind } from "./readItemAnswer";
import type { ReadProblem, ScoreUnit } from "./types";

/**
 * What a score cell holds, once read: nothing, a raw number (read in the sheet's unit), a proportion
 * ("87%"), counts ("7/8", Yes/No), an unreadable value (recorded as a problem), or N/A.
 *
 * @example
 * SCORE_CELL_KINDS.includes("counts"); // => true
 */
export const SCORE_CELL_KINDS = ["absent", "raw", "proportion", "counts", "problem", "notApplicable"] as const;

/** One of the kinds in `SCORE_CELL_KINDS`. */
export type ScoreCellKind = (typeof SCORE_CELL_KINDS)[number];

/** Why a grouping cell gave no name. */
export type GroupCellProblem = "blank" | "totals" | "error" | "unreadable";

/** Why a date cell gave no date. */
export type DateCellProblem = "blank" | "notADate" | "implausible" | "error";

interface ScoreText {
  kind: ScoreCellKind;
  value: number;
  passed: number;
  checked: number;
}

/** Distinct texts remembered per kind of cell; beyond this each cell is parsed afresh (bounded memory). */
const cachedTexts = 10000;
/** Excel's top score in percent. */
const percentMaximum = 100;

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size < cachedTexts) cache.set(key, value);
  return value;
}

function plausibleDay(serial: number): number | null {
  return serial >= PLAUSIBLE_AUDIT_DATES.first && serial < PLAUSIBLE_AUDIT_DATES.last + 1 ? Math.floor(serial) : null;
}

/**
 * Reads the cells of one grid with core/values (scores, counts, answers, dates, periods, group names),
 * remembering each distinct text it has parsed so that a long sheet parses each spelling once, and
 * records every cell it cannot use as a problem naming sheet, row and column. One instance per grid.
 * The last score read is left in `scoreValue` (a proportion) or `scorePassed`/`scoreChecked`, so that
 * reading a cell allocates nothing.
 *
 * @example
 * const reader = new GridCellReader("Audits", null);
 * reader.readScore("7/8", 2, { index: 1, header: "Score", letter: "B", name: 'B "Score"' }, "row left out");
 * // => "counts"
 */
/** A date written in numbers, day and month in either order: "03/25/2026", "3.2.26", "25-03-2026 09:30". */
const numericDate = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2,4}\b.*)$/;

export class GridCellReader {
  readonly problems: ReadProblem[] = [];
  /** How raw score numbers are read; settled before any row is read. */
  unit: ScoreUnit = "proportion";
  /** Whether any raw score number was read (so the unit is worth reporting). */
  sawRawScore = false;
  scoreValue = 0;
  scorePassed = 0;
  scoreChecked = 0;
  /** Why the last grouping cell read gave no name. */
  groupProblem: GroupCellProblem = "blank";
  /** Why the last date cell read gave no date. */
  dateProblem: DateCellProblem = "blank";
  private readonly scoreTexts = new Map<string, ScoreText>();
  private readonly answers = new Map<string, ItemAnswerKind>();
  private readonly ragAnswers = new Map<string, ItemAnswerKind>();
  private readonly dateTexts = new Map<string, number | DateCellProblem>();
  private readonly periodTexts = new Map<string, { date: ExcelSerialDate | null; label: string }>();
  /** Text dates are read month first ("03/25/2026"), as settled by `surveyDateOrder` for the sheet. */
  monthFirst = false;

  constructor(
    readonly sheet: string,
    readonly forcedUnit: ScoreUnit | null,
  ) {}

  problem(rowNumber: number, column: PlannedColumn, text: string): void {
    this.problems.push({
      sheet: this.sheet,
      row: rowNumber,
      column: column.name,
      columnLetter: column.letter,
      header: column.header,
      message: `Row ${rowNumber}, column ${column.name}: ${text}`,
    });
  }

  /** "the cell shows the Excel error #REF!; row left out", or null when the cell is not an error. */
  errorText(v: unknown, leftOut: string): string | null {
    const code = excelErrorOf(v as CellValue);
    return code === null ? null : `the cell shows the Excel error ${code}; ${leftOut}`;
  }

  /** An item answer, with each distinct text read once; `rag` for a column of RAG ratings (see `readItemAnswer`). */
  answer(v: unknown, rag = false): ItemAnswerKind {
    if (typeof v !== "string") return readItemAnswer(v as CellValue);
    const answers = rag ? this.ragAnswers : this.answers;
    const known = answers.get(v);
    return known !== undefined ? known : remember(answers, v, readItemAnswer(v, rag));
  }

  /** A raw score number as written, when the cell holds one (for deciding the sheet's unit). */
  rawNumber(v: unknown): number | null {
    if (typeof v === "number") return v;
    if (typeof v !== "string") return null;
    const text = this.scoreText(v);
    return text.kind === "raw" ? text.value : null;
  }

  /**
   * Reads a score cell into `scoreValue` or `scorePassed`/`scoreChecked`; problems are recorded here,
   * with `leftOut` ("row left out", "w/c 05/01/2026 left out") at the end of the message.
   */
  readScore(v: unknown, rowNumber: number, column: PlannedColumn, leftOut: string): ScoreCellKind {
    if (v === null || v === undefined) return "absent";
    if (typeof v === "number") return this.rawScore(v, v, rowNumber, column, leftOut);
    if (typeof v === "string") {
      const text = this.scoreText(v);
      switch (text.kind) {
        case "raw":
          return this.rawScore(text.value, v, rowNumber, column, leftOut);
        case "proportion":
          this.scoreValue = text.value;
          return "proportion";
        case "counts":
          this.scorePassed = text.passed;
          this.scoreChecked = text.checked;
          return "counts";
        case "problem":
          this.problem(rowNumber, column, `${this.scoreTextProblem(v)}; ${leftOut}`);
          return "problem";
        default:
          return text.kind;
      }
    }
    if (typeof v === "boolean") {
      this.scorePassed = v ? 1 : 0;
      this.scoreChecked = 1;
      return "counts";
    }
    const error = this.errorText(v, leftOut);
    if (error !== null) this.problem(rowNumber, column, error);
    else if (v instanceof Date) this.problem(rowNumber, column, `${describeCell(v)} is a date, not a score; ${leftOut}`);
    else this.problem(rowNumber, column, `${describeCell(v as CellValue)} is not a score; ${leftOut}`);
    return "problem";
  }

  /** A whole count of 0 or more, -1 for a blank, or -2 after recording a problem. */
  readCount(v: unknown, rowNumber: number, column: PlannedColumn): number {
    if (isBlank(v as CellValue)) return -1;
    const n = typeof v === "number" ? v : typeof v === "string" && !v.trim().endsWith("%") ? parseNumber(v) : null;
    if (n !== null && Number.isSafeInteger(n) && n >= 0) return n;
    const error = this.errorText(v, "row left out");
    this.problem(rowNumber, column, error ?? `${describeCell(v as CellValue)} is not a count (a whole number, 0 or more); row left out`);
    return -2;
  }

  /** The group name in a grouping cell, or null with the reason in `groupProblem`. */
  groupName(column: GroupingColumn, v: unknown): string | null {
    if (typeof v === "string") {
      const known = column.names.get(v);
      if (known !== undefined) {
        if (known === null) this.groupProblem = this.groupTextProblem(v) ?? "unreadable";
        return known;
      }
      const problem = this.groupTextProblem(v);
      const tidy = problem === null ? v.trim().replace(/\s+/g, " ") : null;
      // Yes and No under a worker-kind header ("Agency (Y/N)") are the staff groups it marks.
      const answer = tidy === null || column.flag === undefined ? null : parseYesNo(tidy);
      const name = answer === "yes" ? column.flag?.yes ?? tidy : answer === "no" ? column.flag?.no ?? tidy : tidy;
      if (problem !== null) this.groupProblem = problem;
      if (column.names.size < cachedTexts) column.names.set(v, name);
      return name;
    }
    if (v === null || v === undefined) return this.noGroup("blank");
    if (typeof v === "number") return Number.isFinite(v) ? this.groupName(column, String(v)) : this.noGroup("unreadable");
    if (typeof v === "boolean") return v ? column.flag?.yes ?? "TRUE" : column.flag?.no ?? "FALSE";
    if (v instanceof Date) {
      const serial = parseDate(v);
      return serial === null ? this.noGroup("unreadable") : this.groupName(column, formatUkDate(serial));
    }
    return this.noGroup(excelErrorOf(v as CellValue) === null ? "unreadable" : "error");
  }

  /** A whole-day serial, or null with the reason in `dateProblem`. */
  day(v: unknown): number | null {
    if (v === null || v === undefined) return this.noDay("blank");
    if (typeof v === "number") return Number.isFinite(v) ? plausibleDay(v) ?? this.noDay("implausible") : this.noDay("notADate");
    if (v instanceof Date) {
      const serial = parseDate(v);
      return serial === null ? this.noDay("notADate") : plausibleDay(serial) ?? this.noDay("implausible");
    }
    if (typeof v === "string") {
      let known = this.dateTexts.get(v);
      if (known === undefined) known = remember(this.dateTexts, v, this.dayOfText(v));
      return typeof known === "number" ? known : this.noDay(known);
    }
    return this.noDay(typeof v === "object" && excelErrorOf(v as CellValue) !== null ? "error" : "notADate");
  }

  /** The period a cell of a period column names, or null when it names none. */
  period(v: unknown, column: PlannedColumn): { date: ExcelSerialDate | null; label: string } | null {
    if (typeof v === "string") {
      const known = this.periodTexts.get(v);
      if (known !== undefined) return known;
      const text = v.trim();
      if (text === "" || isNotApplicable(text)) return null;
      return remember(this.periodTexts, v, { date: parsePeriodHeader(text)?.date ?? null, label: text });
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

  private noGroup(problem: GroupCellProblem): null {
    this.groupProblem = problem;
    return null;
  }

  private noDay(problem: DateCellProblem): null {
    this.dateProblem = problem;
    return null;
  }

  private groupTextProblem(v: string): GroupCellProblem | null {
    const text = v.trim();
    if (text === "" || isNotApplicable(text)) return "blank";
    if (excelErrorOf(text) !== null) return "error";
    return isTotalsLabel(text) ? "totals" : null;
  }

  /**
   * Settles, once for the sheet, whether its text dates are written month first, as in the US
   * ("03/25/2026"): only when some date's second number is above 12 and none's first is, since a
   * column of "03/02/2026" alone could be either and is read day first, as in the UK. Returns a note
   * for the row account when it is so, else null.
   *
   * @example
   * // reader.surveyDateOrder(["03/25/2026", "04/02/2026"], 'column A "Date"') // => 'Dates in column A "Date" read month first ...'
   */
  surveyDateOrder(texts: Iterable<unknown>, columnName: string): string | null {
    let dayFirst = 0;
    let monthFirst = 0;
    let example = "";
    for (const v of texts) {
      if (typeof v !== "string") continue;
      const parts = numericDate.exec(v.trim());
      if (parts === null) continue;
      const first = Number(parts[1]);
      const second = Number(parts[2]);
      if (first > 12 && second <= 12) dayFirst++;
      else if (second > 12 && first <= 12) {
        monthFirst++;
        if (example === "") example = v.trim();
      }
    }
    this.monthFirst = monthFirst > 0 && dayFirst === 0;
    if (!this.monthFirst) return null;
    this.dateTexts.clear();
    const day = this.dayOfText(example);
    const shown = typeof day === "number" ? formatUkDate(day) : "";
    return `dates in ${columnName} read month first, as written in the US (${formatNumber(monthFirst)} date${monthFirst === 1 ? "" : "s"} such as "${example}" have a month above 12 otherwise${shown === "" ? "" : `; "${example}" is ${shown}`})`;
  }

  private dayOfText(v: string): number | DateCellProblem {
    let text = v.trim();
    if (text === "" || isNotApplicable(text)) return "blank";
    if (excelErrorOf(text) !== null) return "error";
    // An Excel date serial kept as text ("46027"), as some exports write it.
    if (/^\d{5}(?:\.\d+)?$/.test(text)) return plausibleDay(Number(text)) ?? "implausible";
    if (this.monthFirst) text = text.replace(numericDate, (_, month: string, day: string, rest: string) => `${day}/${month}/${rest}`);
    const serial = parseDate(text);
    if (serial === null) return "notADate";
    return plausibleDay(serial) ?? "implausible";
  }

  private scoreText(v: string): ScoreText {
    const known = this.scoreTexts.get(v);
    return known !== undefined ? known : remember(this.scoreTexts, v, this.readScoreText(v));
  }

  private readScoreText(v: string): ScoreText {
    const text = v.trim();
    const result: ScoreText = { kind: "problem", value: 0, passed: 0, checked: 0 };
    if (text === "") result.kind = "absent";
    else if (isNotApplicable(text)) result.kind = "notApplicable";
    else if (excelErrorOf(text) !== null) result.kind = "problem";
    else {
      const fraction = parseFraction(text);
      const n = fraction === null ? parseNumber(text) : null;
      if (fraction !== null) {
        result.kind = "counts";
        result.passed = fraction.passed;
        result.checked = fraction.checked;
      } else if (n !== null && text.endsWith("%")) {
        if (n >= 0 && n <= 1) {
          result.kind = "proportion";
          result.value = n;
        }
      } else if (n !== null) {
        result.kind = "raw";
        result.value = n;
      } else {
        const answer = parseYesNo(text);
        if (answer === "yes" || answer === "no") {
          result.kind = "counts";
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
    if (FRACTION_TEXT.test(text)) return `${describeCell(text)} is not a share of checks passed (more passed than checked, or none checked)`;
    if (text.endsWith("%") && parseNumber(text) !== null) return `${describeCell(text)} is not a score between 0% and 100%`;
    return `${describeCell(text)} is not a score (a number, a percentage such as 87% or a fraction such as 7/8)`;
  }

  private rawScore(n: number, cell: number | string, rowNumber: number, column: PlannedColumn, leftOut: string): ScoreCellKind {
    // A rating out of a scale the header states ("Satisfaction (1-5)") is a share of its top: 4 of 5 is 80%.
    if (column.outOf !== undefined) {
      if (!Number.isFinite(n) || n < 0 || n > column.outOf) {
        this.problem(rowNumber, column, `${describeCell(cell)} is not a score out of ${column.outOf} (the header's scale); ${leftOut}`);
        return "problem";
      }
      this.scoreValue = n / column.outOf;
      return "raw";
    }
    const largest = this.forcedUnit === "proportion" ? 1 : percentMaximum;
    if (!Number.isFinite(n) || n < 0 || n > largest) {
      const range = largest === 1 ? "0 and 1" : "0 and 100";
      this.problem(rowNumber, column, `${describeCell(cell)} is not a score between ${range}; ${leftOut}`);
      return "problem";
    }
    this.sawRawScore = true;
    this.scoreValue = this.unit === "percentage" ? n / percentMaximum : n;
    return "raw";
  }
}
