/**
 * What can go wrong reaching the workbook, as a closed list. The adapter throws these at the leaves;
 * the task pane translates each code into words a quality lead understands (one mapper, there).
 */
export const WORKBOOK_ACCESS_ERROR_CODES = [
  "user-sheet-in-the-way",
  "sheet-protected",
  "workbook-protected",
  "sheet-not-found",
  "table-not-found",
  "too-large",
  "write-failed",
  "read-failed",
] as const;
export type WorkbookAccessErrorCode = (typeof WORKBOOK_ACCESS_ERROR_CODES)[number];

/**
 * An error reaching the workbook, naming the sheet or table concerned when there is one.
 *
 * @example
 * new WorkbookAccessError("sheet-protected", "The sheet is protected.", { sheet: "Action Tracker" }).code; // => "sheet-protected"
 */
export class WorkbookAccessError extends Error {
  readonly code: WorkbookAccessErrorCode;
  readonly sheet: string | null;
  /** Excel's own error code ("AccessDenied", "ItemNotFound"...), when Excel raised it. */
  readonly excelCode: string | null;

  constructor(code: WorkbookAccessErrorCode, message: string, details: { sheet?: string | null; excelCode?: string | null; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "WorkbookAccessError";
    this.code = code;
    this.sheet = details.sheet ?? null;
    this.excelCode = details.excelCode ?? null;
  }
}
