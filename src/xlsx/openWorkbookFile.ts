import { promises as fs } from "node:fs";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import { inspectXlsxPackage, type PackageInspection } from "./inspectXlsxPackage";
import { WorkbookFileError } from "./workbookFileError";
import { XlsxWorkbook } from "./XlsxWorkbook";

export interface OpenedWorkbook {
  book: XlsxWorkbook;
  inspection: PackageInspection;
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
    throw new WorkbookFileError("not-found", `${name} could not be read (${(error as Error).message}).`);
  }
}

/**
 * Opens an .xlsx file from disk after checking what it is: a clear WorkbookFileError, naming the file,
 * for a missing file, an empty or renamed file that is not an .xlsx ("not-xlsx"), a password-protected
 * file (an encrypted OLE container, "encrypted"), an .xlsb ("binary-workbook"), a damaged file
 * ("damaged") and a workbook without sheets ("empty"). Also reports the parts ExcelJS cannot keep.
 *
 * @example
 * // const { book, inspection } = await openWorkbookFile("audits.xlsx");
 */
export async function openWorkbookFile(filePath: string): Promise<OpenedWorkbook> {
  const name = path.basename(filePath);
  const bytes = await readBytes(filePath);
  if (bytes.length === 0) throw new WorkbookFileError("not-xlsx", `${name} is empty (0 bytes), not an Excel workbook.`);
  const inspection = inspectXlsxPackage(bytes, (data) => inflateRawSync(data));
  switch (inspection.unreadable) {
    case "encrypted":
      throw new WorkbookFileError("encrypted", `${name} is password-protected (or is an old .xls file), so it cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook) or save it as .xlsx, and run again.`);
    case "binary-workbook":
      throw new WorkbookFileError("binary-workbook", `${name} is an Excel binary workbook (.xlsb). Save it as an .xlsx workbook in Excel and run again.`);
    case "not-xlsx":
      throw new WorkbookFileError("not-xlsx", `${name} is not an Excel .xlsx workbook (it may be another kind of file renamed to .xlsx).`);
    case null:
      break;
  }
  const book = await XlsxWorkbook.fromBytes(bytes, name);
  if (book.workbook.worksheets.length === 0) throw new WorkbookFileError("empty", `${name} has no sheets.`);
  return { book, inspection };
}
