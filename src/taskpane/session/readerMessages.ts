import type { AnalyseWorkbookOptions } from "../../app/analyseWorkbook";
import type { SheetGrid } from "../../app/ports";
import type { AnalysisSettingsInput } from "../../core/compare";
import type { SheetWritePlan } from "../../core/sheets/ownership/sheetWritePlan";
import type { CellValue } from "../../core/values";
import { WorkbookFileError, WORKBOOK_FILE_PROBLEMS, type WorkbookFileProblem } from "../../xlsx/workbookFileError";
import type { AnalysisResponse } from "../analysis/analysisMessages";
import type { PackageProgress, SourceReference, WorkbookOverview } from "./openedWorkbook";

// The messages between the task pane and its reader worker: plain data the structured clone algorithm
// copies. The worker opens the file once and keeps its grids and package; the page then asks for an
// analysis or the updated workbook by small requests (`id` pairs each answer with its request). A
// WorkbookFileError crosses as its problem and message, and is made again on the page.

/** What the page asks the reader worker. */
export type ReaderRequest =
  | { kind: "open"; bytes: Uint8Array; fileName: string }
  | { kind: "grids"; id: number; sources: SourceReference[] }
  | { kind: "analyse"; id: number; sources: SourceReference[]; settings: AnalysisSettingsInput; options: AnalyseWorkbookOptions }
  | { kind: "package"; id: number; plans: SheetWritePlan[]; separateName: string };

/** Why a file could not be opened, or a request not answered. */
export interface ReaderFailure {
  problem: WorkbookFileProblem | null;
  message: string;
}

/**
 * The worker's messages: rows read so far, then the file's overview, or why it could not be opened;
 * then the answer to each request. Grids come in slices of rows ("rows", `grid` indexing the grids
 * answer), because the page copies each message in one go: 100,000 rows in one message would hold
 * the page for a second or more, a slice of 2,000 for a few milliseconds.
 */
export type ReaderResponse =
  | { kind: "progress"; sheet: string; rowsRead: number }
  | { kind: "opened"; overview: WorkbookOverview }
  | ({ kind: "failure" } & ReaderFailure)
  | { kind: "rows"; id: number; grid: number; values: CellValue[][] }
  | { kind: "grids"; id: number; grids: SheetGrid[] }
  | { kind: "analysis"; id: number; response: AnalysisResponse }
  | { kind: "package-progress"; id: number; progress: PackageProgress }
  | { kind: "package"; id: number; bytes: Uint8Array }
  | ({ kind: "request-failure"; id: number } & ReaderFailure);

/** Rows per "rows" message. */
const ROWS_PER_MESSAGE = 2000;

/**
 * The messages that carry grids to the page: their rows in slices, then the grids without them.
 *
 * @example
 * // gridMessages(1, grids).at(-1) // => { kind: "grids", id: 1, grids: [{ ...grid, values: [] }] }
 */
export function gridMessages(id: number, grids: readonly SheetGrid[]): ReaderResponse[] {
  const messages: ReaderResponse[] = [];
  grids.forEach((grid, index) => {
    for (let at = 0; at < grid.values.length; at += ROWS_PER_MESSAGE) messages.push({ kind: "rows", id, grid: index, values: grid.values.slice(at, at + ROWS_PER_MESSAGE) });
  });
  messages.push({ kind: "grids", id, grids: grids.map((grid) => ({ ...grid, values: [] })) });
  return messages;
}

/** An error thrown in the worker, as data. */
export function readerFailure(error: unknown): ReaderFailure {
  if (error instanceof WorkbookFileError) return { problem: error.problem, message: error.message };
  return { problem: null, message: error instanceof Error ? error.message : String(error) };
}

/** The error a failure stands for: a WorkbookFileError again when it was one. */
export function errorOfFailure(failure: ReaderFailure): Error {
  const problem = WORKBOOK_FILE_PROBLEMS.find((p) => p === failure.problem);
  return problem === undefined ? new Error(failure.message) : new WorkbookFileError(problem, failure.message);
}
