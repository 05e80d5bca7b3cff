import { WorkbookFileError, WORKBOOK_FILE_PROBLEMS, type WorkbookFileProblem } from "../../xlsx/workbookFileError";
import type { WorkbookRead } from "./readWorkbookBytes";

// The messages between the task pane and its reader worker: plain data the structured clone algorithm
// copies. A WorkbookFileError crosses as its problem and message, and is made again on the page.

/** What the page asks the reader worker to read. */
export interface ReaderRequest {
  bytes: Uint8Array;
  fileName: string;
}

/** The worker's messages: rows read so far, then the workbook read or why it could not be. */
export type ReaderResponse =
  | { kind: "progress"; sheet: string; rowsRead: number }
  | { kind: "read"; read: WorkbookRead }
  | { kind: "failure"; problem: WorkbookFileProblem | null; message: string };

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
