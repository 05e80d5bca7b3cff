/**
 * Why a workbook could not be read or written, as a closed list: the command line maps each to exit
 * code 1, the task pane to a message bar.
 */
export const WORKBOOK_FILE_PROBLEMS = [
  "not-found",
  "not-xlsx",
  "encrypted",
  "binary-workbook",
  "damaged",
  "empty",
  "protected-sheet",
  "protected-structure",
  "name-clash",
  "cannot-write",
] as const;

export type WorkbookFileProblem = (typeof WORKBOOK_FILE_PROBLEMS)[number];

/**
 * An error with a message a quality lead understands, naming the file (and sheet), never a stack trace.
 *
 * @example
 * new WorkbookFileError("empty", "audits.xlsx has no data on any sheet.").problem; // => "empty"
 */
export class WorkbookFileError extends Error {
  constructor(
    readonly problem: WorkbookFileProblem,
    message: string,
  ) {
    super(message);
    this.name = "WorkbookFileError";
  }
}
