import type { ExcelSerialDate } from "../values";

/**
 * One piece of audit evidence as the comparison sees it, whatever layout it was read from: a scored
 * audit (`checked` 0, `score` set) or counts of Yes and checked items (pass/fail data).
 */
export interface CompareRecord {
  /** The audit date, or null when the layout gives only a period heading. */
  date: ExcelSerialDate | null;
  /** Position of the period heading in a wide tracker ("Wk 3" = 2), used when there is no date. */
  periodIndex: number | null;
  /** The heading itself ("Wk 3"), when there is no date. */
  periodLabel: string | null;
  /** Group of each grouping column: { team: "Team B", shift: "Night" }. */
  groups: Record<string, string>;
  /** Items passed and checked (pass/fail data); checked is 0 for a scored audit. */
  passed: number;
  checked: number;
  /** The audit's score as a proportion, or null for pass/fail data. */
  score: number | null;
  /**
   * The record's answer to each question column (or sub-score) of its analysis, aligned with the
   * record set's question names: 1 Yes, 0 No, a proportion for a sub-score, NaN when not answered.
   */
  answers?: readonly number[];
}
