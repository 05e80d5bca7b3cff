import { parseNumber, type CellValue } from "../values";
import { columnLetter } from "./columnLetter";
import { DEFAULT_PARTIAL_ANSWER_RULE, type PartialAnswerRule } from "./partialAnswerRules";
import { matchHeaderRole } from "./matchHeaderRole";
import { readItemAnswer } from "./readItemAnswer";
import type { GridReadResult } from "./types";

/** Each record's answer to each question column (or sub-score) of a grid. */
export interface QuestionAnswers {
  /** "pass-rate" for Yes/No question columns, "score" for several score columns. */
  measure: "pass-rate" | "score";
  /** The column headers, left to right. */
  questions: string[];
  /** One row per record of the read result, in its order: 1 Yes, 0 No, a proportion for a sub-score, NaN unanswered. */
  answers: number[][];
}

/** Fewer question columns than this and there is nothing beneath the score to show. */
const fewestQuestions = 2;
const percentDivisor = 100;
/** Headers that name a score column but not a result: "Target %", "Goal (%)", "Threshold". */
const notAResult = /\b(target|goal|threshold|benchmark|expected)\b/i;

/**
 * The answer each record gave to each question: the Yes/No/N/A item columns of a "per-record-items"
 * grid, or every score column of a "per-audit" grid with two or more (sub-scores: "Accuracy",
 * "Personalisation", "Risk"), counting the columns whose header names a score that the proposal left
 * out as second score columns. Null for any other grid or fewer than two such columns. Answers are read
 * as the reader reads them: Yes 1, No 0, N/A, blanks and unreadable answers left out (NaN); a partial
 * answer by the same rule (0 under "not-met", 0.5 under "half", left out under "left-out"). Raw score
 * numbers follow the grid's score unit (87 is 0.87 when the scores are percentages). Records are found
 * by their spreadsheet row (`firstRow` is the row of `values[0]`). Questions are named by their headers;
 * two with the same header (or none) are kept apart by their column letter ("Signed (column D)"),
 * `firstColumn` being the spreadsheet column of `values[n][0]`. Pure; never throws.
 *
 * @example
 * readQuestionAnswers([["Team", "Q1", "Q2"], ["A", "Yes", "No"]], 1, result)?.answers; // => [[1, 0]] (result read from the same grid)
 */
export function readQuestionAnswers(values: readonly (readonly CellValue[])[], firstRow: number, result: GridReadResult, partialRule: PartialAnswerRule = DEFAULT_PARTIAL_ANSWER_RULE, firstColumn = 1): QuestionAnswers | null {
  const role = result.layout === "per-record-items" ? "item" : result.layout === "per-audit" ? "score" : null;
  if (role === null) return null;
  // A second score column the proposal left out ("Accuracy score" beside "Overall score") is a
  // sub-score; a column the user chose to ignore (confidence 1) stays ignored.
  const columns = result.mapping.filter((entry) => entry.role === role || (role === "score" && entry.role === "ignore" && entry.confidence < 1 && matchHeaderRole(entry.header)?.role === "score" && !notAResult.test(entry.header)));
  if (columns.length < fewestQuestions) return null;
  const partial = partialRule === "not-met" ? 0 : partialRule === "half" ? 0.5 : Number.NaN;
  const read = (v: CellValue, rag: boolean): number => {
    if (role === "item") {
      const kind = readItemAnswer(v, rag);
      return kind === "yes" ? 1 : kind === "no" ? 0 : kind === "partial" ? partial : Number.NaN;
    }
    if (typeof v === "boolean") return Number.NaN;
    const number = parseNumber(v);
    if (number === null) return Number.NaN;
    const proportion = typeof v === "number" && result.scoreUnit === "percentage" ? number / percentDivisor : number;
    return proportion >= 0 && proportion <= 1 ? proportion : Number.NaN;
  };
  const answers = result.records.map((record) => {
    const row = values[record.row - firstRow];
    return columns.map((column) => (row === undefined ? Number.NaN : read(row[column.index] ?? null, column.rag === true)));
  });
  // Half a Yes is not a whole count: under "half" the answers are compared as scores, as the reader's records are.
  const headerCounts = new Map<string, number>();
  for (const column of columns) headerCounts.set(column.header.toLowerCase(), (headerCounts.get(column.header.toLowerCase()) ?? 0) + 1);
  const letterOf = (index: number): string => columnLetter((Number.isSafeInteger(firstColumn) && firstColumn >= 1 ? firstColumn : 1) + index);
  // Questions are matched by name across grids: two columns with one header must never become one question.
  const questions = columns.map((column) => column.header === "" ? `Column ${letterOf(column.index)}`
    : (headerCounts.get(column.header.toLowerCase()) ?? 0) > 1 ? `${column.header} (column ${letterOf(column.index)})` : column.header);
  return { measure: role === "item" && partialRule !== "half" ? "pass-rate" : "score", questions, answers };
}
