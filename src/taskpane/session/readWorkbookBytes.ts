import type { ExistingSheet, SheetGrid } from "../../app/ports";
import type { XlsxTable } from "../../xlsx/xlsxTable";
import { XlsxReader, type ReadProgress, type XlsxReaderOptions } from "../../xlsx/read/XlsxReader";

/** Everything the browser mode learns from a file before the Source step: plain data a worker can send. */
export interface WorkbookRead {
  sheets: ExistingSheet[];
  /** Names of hidden and very hidden sheets (still offered: audits are often kept on them). */
  hiddenSheets: string[];
  tables: XlsxTable[];
  /** The grids of the user's sheets (the add-in's own are left out), in tab order. */
  grids: SheetGrid[];
  /** Cells left out of a sheet's data because they were far from it, in words. */
  notes: string[];
  /** The workbook's structure is protected (no sheet can be added): the download is a workbook of its own. */
  structureProtected: boolean;
}

/**
 * Reads an .xlsx file's bytes for the browser mode with the streaming reader: the sheet list, tables,
 * and every user sheet's grid, reporting rows read as it goes. Runs in the reader worker, or on the
 * page where no worker can start. Throws WorkbookFileError as XlsxReader does.
 *
 * @example
 * // (await readWorkbookBytes(bytes, "audits.xlsx")).grids.map((g) => g.sheet) // => ["Audits"]
 */
export async function readWorkbookBytes(bytes: Uint8Array, fileName: string, onProgress?: (progress: ReadProgress) => void, segments?: XlsxReaderOptions["segments"]): Promise<WorkbookRead> {
  const reader = XlsxReader.open(bytes, fileName, { onProgress, segments });
  const sheets = await reader.listSheets();
  const grids = await reader.readGrids(sheets.filter((sheet) => !sheet.ownedByAddin).map((sheet) => sheet.name));
  const hiddenSheets = reader
    .sheetStates()
    .filter((sheet) => sheet.state !== "visible")
    .map((sheet) => sheet.name);
  return { sheets, hiddenSheets, tables: await reader.listTables(), grids, notes: [...reader.notes], structureProtected: reader.info.structureProtected };
}
