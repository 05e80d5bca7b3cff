import ExcelJS from "exceljs";
import type { AuditSourceReader, ExistingSheet, OutputSheetWriter, SheetGrid } from "../app/ports";
import type { SheetModel } from "../core/sheets/sheetModel";
import { addinMarker, type DefinedNameEntry } from "../core/sheets/addinMarker";
import type { CellValue } from "../core/values";
import { applySheetModels } from "./applySheetModels";
import { listSheets } from "./listSheets";
import { listTables, type XlsxTable } from "./listTables";
import { readSheetGrid } from "./readSheetGrid";
import { tableGrid } from "./tableGrid";
import { WorkbookFileError } from "./workbookFileError";

/**
 * An .xlsx workbook held in memory with ExcelJS, implementing both ports: the command line uses it on
 * files, and the task pane's browser mode on an uploaded file. It never touches the file system.
 *
 * @example
 * // const book = await XlsxWorkbook.fromBytes(bytes, "audits.xlsx");
 * // const grids = await book.readGrids((await book.listSheets()).filter((s) => !s.ownedByAddin).map((s) => s.name));
 */
export class XlsxWorkbook implements AuditSourceReader, OutputSheetWriter {
  constructor(
    readonly workbook: ExcelJS.Workbook,
    /** The file name for messages and for SheetGrid.file ("audits.xlsx"). */
    readonly file: string,
  ) {}

  /** Opens .xlsx bytes. Throws WorkbookFileError "damaged" when ExcelJS cannot read them. */
  static async fromBytes(bytes: Uint8Array, file: string): Promise<XlsxWorkbook> {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    } catch (error) {
      throw new WorkbookFileError("damaged", `${file} could not be opened as an Excel workbook; it may be damaged (${(error as Error).message}).`);
    }
    return new XlsxWorkbook(workbook, file);
  }

  async listSheets(): Promise<ExistingSheet[]> {
    return listSheets(this.workbook);
  }

  /** The grids of the named sheets; unknown names are skipped. */
  async readGrids(sheetNames: string[]): Promise<SheetGrid[]> {
    return sheetNames.flatMap((name) => {
      const sheet = this.workbook.getWorksheet(name);
      return sheet === undefined ? [] : [readSheetGrid(sheet, this.file)];
    });
  }

  /** The Excel tables in the workbook (Insert > Table), with the sheet and cells each covers. */
  async listTables(): Promise<XlsxTable[]> {
    return listTables(this.workbook);
  }

  /** The grids of the named tables (names as Excel compares them, ignoring case); unknown names are skipped. */
  async readTables(tableNames: string[]): Promise<SheetGrid[]> {
    const tables = listTables(this.workbook);
    return tableNames.flatMap((name) => {
      const table = tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      const sheet = table === undefined ? undefined : this.workbook.getWorksheet(table.sheet);
      return table === undefined || sheet === undefined ? [] : [tableGrid(readSheetGrid(sheet, this.file), table)];
    });
  }

  /**
   * The grids of the named sheets, except that a sheet holding two or more Excel tables gives one grid
   * per table: read as one grid, the tables would run together under the first one's header. A sheet
   * with one table is read whole, as the table is then the sheet's data.
   */
  async readSheetsByTable(sheetNames: string[]): Promise<SheetGrid[]> {
    const tables = listTables(this.workbook);
    return (await this.readGrids(sheetNames)).flatMap((grid) => {
      const onSheet = tables.filter((table) => table.sheet === grid.sheet);
      return onSheet.length >= 2 ? onSheet.map((table) => tableGrid(grid, table)) : [grid];
    });
  }

  /** The values of one of our sheets from A1, or null when it is missing or not ours. */
  async readOwnSheet(name: string): Promise<CellValue[][] | null> {
    const own = listSheets(this.workbook).find((s) => s.ownedByAddin && s.name.toLowerCase() === name.toLowerCase());
    const sheet = own === undefined ? undefined : this.workbook.getWorksheet(own.name);
    if (sheet === undefined) return null;
    const grid = readSheetGrid(sheet, this.file);
    if (grid.values.length === 0) return [];
    const leftPad = Array<CellValue>(grid.firstColumn - 1).fill(null);
    return [...Array.from({ length: grid.firstRow - 1 }, () => []), ...grid.values.map((row) => [...leftPad, ...row])];
  }

  async readOwnNames(): Promise<DefinedNameEntry[]> {
    return (this.workbook.definedNames.model as { name: string; ranges: string[] }[])
      .filter((entry) => entry.name.startsWith(addinMarker.namePrefix))
      .map((entry) => ({ name: entry.name, refersTo: entry.ranges.join(",") }));
  }

  async writeSheets(models: SheetModel[]): Promise<void> {
    applySheetModels(this.workbook, models, this.file);
  }

  /** The workbook as .xlsx bytes. */
  async toBytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.workbook.xlsx.writeBuffer());
  }
}
