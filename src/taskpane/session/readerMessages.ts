import { WorkbookFileError, WORKBOOK_FILE_PROBLEMS, type WorkbookFileProblem } from "../../xlsx/workbookFileError";
import type { CellValue } from "../../core/values";
import type { WorkbookRead } from "./readWorkbookBytes";

// The messages between the task pane and its reader worker: plain data the structured clone algorithm
// copies. A WorkbookFileError crosses as its problem and message, and is made again on the page.

/** What the page asks the reader worker to read. */
export interface ReaderRequest {
  bytes: Uint8Array;
  fileName: string;
}

/**
 * The worker's messages: rows read so far; then each grid's rows in slices ("rows", `grid` indexing
 * read.grids); then the workbook read, its grids' values left empty; or why it could not be read.
 * The rows come in slices because the page copies each message in one go: 100,000 rows in one
 * message would hold the page for a second or more, a slice of 2,000 for a few milliseconds.
 */
export type ReaderResponse =
  | { kind: "progress"; sheet: string; rowsRead: number }
  | { kind: "rows"; grid: number; values: CellValue[][] }
  | { kind: "read"; read: WorkbookRead }
  | { kind: "failure"; problem: WorkbookFileProblem | null; message: string };

/** Rows per "rows" message. */
export const ROWS_PER_MESSAGE = 2000;

/**
 * The messages that carry a read to the page: its grids' rows in slices, then the read without them.
 *
 * @example
 * // readMessages(read).at(-1) // => { kind: "read", read: { ...read, grids: [{ ...grid, values: [] }] } }
 */
export function readMessages(read: WorkbookRead): ReaderResponse[] {
  const messages: ReaderResponse[] = [];
  read.grids.forEach((grid, index) => {
    for (let at = 0; at < grid.values.length; at += ROWS_PER_MESSAGE) messages.push({ kind: "rows", grid: index, values: grid.values.slice(at, at + ROWS_PER_MESSAGE) });
  });
  messages.push({ kind: "read", read: { ...read, grids: read.grids.map((grid) => ({ ...grid, values: [] })) } });
  return messages;
}

/** The failure message for an error thrown while reading. */
export function readerFailure(error: unknown): ReaderResponse {
  if (error instanceof WorkbookFileError) return { kind: "failure", problem: error.problem, message: error.message };
  return { kind: "failure", problem: null, message: error instanceof Error ? error.message : String(error) };
}

/** The error a failure message stands for: a WorkbookFileError again when it was one. */
export function errorOfFailure(response: Extract<ReaderResponse, { kind: "failure" }>): Error {
  const problem = WORKBOOK_FILE_PROBLEMS.find((p) => p === response.problem);
  return problem === undefined ? new Error(response.message) : new WorkbookFileError(problem, response.message);
}
