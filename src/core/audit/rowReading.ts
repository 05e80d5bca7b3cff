import { describeCell, splitAnswerComment, type CellValue, type ExcelSerialDate } from "../values";
import type { GridCellReader, ScoreCellKind } from "./gridCellReader";
import type { PartialAnswerRule } from "./partialAnswerRules";
import type { ReadPlan } from "./readPlan";
import type { RowAccount } from "./rowAccount";
import type { RowGroups } from "./rowGroups";
import type { AuditRecord, RecordGroups } from "./types";

/** Reads one data row of a grid (blank, totals, heading and repeated header rows are already settled). */
export type RowReader = (cells: ReadonlyArray<unknown>, rowNumber: number) => void;

/**
 * What every layout's row reader shares while reading one grid: the plan, the cell reader, the groups,
 * the row account, the records made, and when the current row was.
 *
 * @example
 * // const reading = new RowReading("Audits", plan, cellReader, groups, account, "not-met");
 * // reading.readWhen(cells, 5) // => true, with reading.date and reading.periodLabel set
 */
export class RowReading {
  readonly records: AuditRecord[] = [];
  /** Partial answers read so far, whatever the rule. */
  partialAnswers = 0;
  /** Answers read with a comment after them ("No - see notes"), read by their answer (`splitAnswerComment`). */
  commentedAnswers = 0;
  date: ExcelSerialDate | null = null;
  periodLabel: string | null = null;

  constructor(
    readonly sheet: string,
    readonly plan: ReadPlan,
    readonly cells: GridCellReader,
    readonly groups: RowGroups,
    readonly account: RowAccount,
    readonly partialRule: PartialAnswerRule,
  ) {}

  /** Counts an answer that was read by its leading word, a comment after it ("No - see notes"). */
  countCommentedAnswer(v: unknown): void {
    if (typeof v === "string" && splitAnswerComment(v) !== null) this.commentedAnswers++;
  }

  /** Reads the date and period cells into `date` and `periodLabel`; false if a date is unusable. */
  readWhen(cells: ReadonlyArray<unknown>, rowNumber: number): boolean {
    this.date = null;
    this.periodLabel = null;
    let readable = true;
    const dateColumn = this.plan.date;
    if (dateColumn !== null) {
      const v = cells[dateColumn.index];
      const day = this.cells.day(v);
      if (day !== null) this.date = day;
      else if (this.cells.dateProblem !== "blank") {
        readable = false;
        const problem = this.cells.dateProblem;
        if (problem === "error") this.cells.problem(rowNumber, dateColumn, this.cells.errorText(v, "row left out") ?? "");
        else if (problem === "implausible") this.cells.problem(rowNumber, dateColumn, `${describeCell(v as CellValue)} is not a likely audit date; row left out`);
        else this.cells.problem(rowNumber, dateColumn, `${describeCell(v as CellValue)} is not a date; row left out`);
      }
    }
    const periodColumn = this.plan.period;
    if (periodColumn !== null) {
      const v = cells[periodColumn.index];
      const error = this.cells.errorText(v, "row left out");
      if (error !== null) {
        this.cells.problem(rowNumber, periodColumn, error);
        return false;
      }
      const period = this.cells.period(v, periodColumn);
      if (period !== null) {
        this.periodLabel = period.label;
        if (this.date === null) this.date = period.date;
      }
    }
    return readable;
  }

  /** Makes a record from the cell reader's last score (`kind` says which of its fields hold it). */
  pushRecord(rowNumber: number, groups: RecordGroups, date: ExcelSerialDate | null, label: string | null, kind: ScoreCellKind): void {
    if (kind === "counts") {
      this.records.push({
        sheet: this.sheet, row: rowNumber, date, periodLabel: label, groups, kind: "counts", passed: this.cells.scorePassed, checked: this.cells.scoreChecked,
      });
      return;
    }
    this.records.push({ sheet: this.sheet, row: rowNumber, date, periodLabel: label, groups, kind: "score", score: this.cells.scoreValue });
  }
}
