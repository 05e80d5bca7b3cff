import type { ReadProblemSummary } from "./types";

/**
 * What went wrong in a cell the reader could not use, without the "Row 61, column G "Risk updated": "
 * the reader puts in front of its message, for places that name the cell themselves (a link to it).
 *
 * @example
 * readProblemDetail({ sheet: "Care records", row: 61, column: 'G "Risk updated"', message: 'Row 61, column G "Risk updated": the cell shows the Excel error #N/A; row left out' });
 * // => "the cell shows the Excel error #N/A; row left out"
 */
export function readProblemDetail(problem: Pick<ReadProblemSummary, "row" | "column" | "message">): string {
  const location = `Row ${problem.row}, column ${problem.column}: `;
  return problem.message.startsWith(location) ? problem.message.slice(location.length) : problem.message;
}

/**
 * A problem found in the data, saying its sheet, row and column once.
 *
 * @example
 * readProblemText({ sheet: "Care records", row: 61, column: 'G "Risk updated"', message: 'Row 61, column G "Risk updated": the cell shows the Excel error #N/A; row left out' });
 * // => 'Care records, row 61, column G "Risk updated": the cell shows the Excel error #N/A; row left out'
 */
export function readProblemText(problem: Pick<ReadProblemSummary, "sheet" | "row" | "column" | "message">): string {
  const where = problem.row >= 1 ? `${problem.sheet}, row ${problem.row}, column ${problem.column}` : problem.sheet;
  return `${where}: ${readProblemDetail(problem)}`;
}
