import { promises as fs } from "node:fs";
import path from "node:path";
import type { XlsxPackage } from "./package/xlsxPackage";
import type { ReadProgress, XlsxReader } from "./read/XlsxReader";
import { WorkbookFileError } from "./workbookFileError";
import { XlsxWorkbook } from "./XlsxWorkbook";
import { workerSegmentScanners } from "./node/workerSegmentScanners";

export interface OpenedWorkbook {
  /** The ports over the file (reading streams through `reader`). */
  book: XlsxWorkbook;
  /** The streaming reader: sheets, tables, defined names, and notes on cells left out. */
  reader: XlsxReader;
  /** The zip package, for the writer to copy the user's parts from. */
  package: XlsxPackage;
}

async function readBytes(filePath: string): Promise<Uint8Array> {
  const name = path.basename(filePath);
  try {
    return new Uint8Array(await fs.readFile(filePath));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new WorkbookFileError("not-found", `${filePath} was not found.`);
    if (code === "EISDIR") throw new WorkbookFileError("not-xlsx", `${filePath} is a folder, not an Excel workbook.`);
    if (code === "EACCES" || code === "EPERM") throw new WorkbookFileError("not-found", `${name} could not be opened: permission denied.`);
    if (code === "ERR_FS_FILE_TOO_LARGE") throw new WorkbookFileError("damaged", `${name} is larger than 2 GB, more than any workbook this tool reads; it may be damaged or hostile.`);
    throw new WorkbookFileError("not-found", `${name} could not be read (${(error as Error).message}).`);
  }
}

/**
 * Opens an .xlsx (or .xlsm) file from disk for reading, inflating only its zip directory and workbook
 * part (see read/XlsxReader): a clear WorkbookFileError, naming the file, for a missing file, an empty
 * or renamed file that is not an .xlsx ("not-xlsx"), a password-protected file (an encrypted OLE
 * container, "encrypted"), an .xlsb ("binary-workbook"), a damaged or truncated file, or one that
 * would unpack beyond the package limits ("damaged"), and a workbook without sheets ("empty").
 * `onProgress` hears the rows read as sheets are read.
 *
 * @example
 * // const { book } = await openWorkbookFile("audits.xlsx");
 */
export async function openWorkbookFile(filePath: string, onProgress?: (progress: ReadProgress) => void): Promise<OpenedWorkbook> {
  const name = path.basename(filePath);
  const bytes = await readBytes(filePath);
  // A large sheet's rows are read on every core (worker threads) while this thread inflates it.
  const book = await XlsxWorkbook.fromBytes(bytes, name, { onProgress, segments: { scanners: workerSegmentScanners() } });
  const reader = book.reader as XlsxReader;
  if (reader.sheetStates().length === 0) throw new WorkbookFileError("empty", `${name} has no sheets.`);
  return { book, reader, package: reader.pkg };
}
