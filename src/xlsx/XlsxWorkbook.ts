import type ExcelJS from "exceljs";
import type { AuditSourceReader, ExistingSheet, OutputSheetWriter, SheetGrid } from "../app/ports";
import type { SheetModel } from "../core/sheets/sheetModel";
import { addinMarker, type DefinedNameEntry } from "../core/sheets/addinMarker";
import type { CellValue } from "../core/values";
import { applySheetModels } from "./applySheetModels";
import { listSheets } from "./listSheets";
import { listTables, type XlsxTable } from "./listTables";
import { XlsxReader, type XlsxReaderOptions } from "./read/XlsxReader";
import { readSheetGrid } from "./readSheetGrid";
import { tableGrid } from "./tableGrid";
import { WorkbookFileError } from "./workbookFileError";

/**
 * An .xlsx workbook implementing both ports: the command line uses it on files, and the task pane's
 * browser mode on an uploaded file. It never touches the file system.
 *
 * Reading goes through XlsxReader (streaming, sparse, only the parts asked for); ExcelJS is loaded
 * only when sheets are written (writeSheets, toBytes) and, after a write, answers the reads. A
 * workbook made here from nothing (`new XlsxWorkbook(new ExcelJS.Workbook(), name)`) is ExcelJS's.
 *
 * @example
 * // const book = await XlsxWorkbook.fromBytes(bytes, "audits.xlsx");
 * // const grids = await book.readGrids((await book.listSheets()).filter((s) => !s.ownedByAddin).map((s) => s.name));
 */
export class XlsxWorkbook implements AuditSourceReader, OutputSheetWriter {
  private excelJs: ExcelJS.Workbook | null;
  /** Set once ExcelJS holds changes the reader's bytes do not. */
  private written = false;

  constructor(
    workbook: ExcelJS.Workbook | null,
    /** The file name for messages and for SheetGrid.file ("audits.xlsx"). */
    readonly file: string,
    /** The streaming reader over the file's bytes, when the workbook came from a file. */
    readonly reader: XlsxReader | null = null,
  ) {
    this.excelJs = workbook;
  }

  /** Opens .xlsx bytes (zip directory and workbook part only). Throws WorkbookFileError (see XlsxReader). */
  static async fromBytes(bytes: Uint8Array, file: string, options: XlsxReaderOptions = {}): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(null, file, XlsxReader.open(bytes, file, options));
  }

  /** The ExcelJS workbook; throws until loadExcelJs (or a write) has loaded it. */
  get workbook(): ExcelJS.Workbook {
    if (this.excelJs === null) throw new Error(`${this.file} has not been loaded into ExcelJS; call loadExcelJs() first.`);
    return this.excelJs;
  }

  /** Loads the file into ExcelJS (for writing), once. Throws WorkbookFileError "damaged" when ExcelJS cannot read it. */
  async loadExcelJs(): Promise<ExcelJS.Workbook> {
    if (this.excelJs !== null) return this.excelJs;
    const bytes = (this.reader as XlsxReader).pkg.bytes;
    // Loaded here, not at the top: ExcelJS takes about a second to load, and reading never needs it.
    const excelJs = await import("exceljs");
    const workbook = new ((excelJs as unknown as { default?: typeof ExcelJS }).default ?? excelJs).Workbook();
    try {
      await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    } catch (error) {
      throw new WorkbookFileError("damaged", `${this.file} could not be opened as an Excel workbook; it may be damaged (${(error as Error).message}).`);
    }
    this.excelJs = workbook;
    return workbook;
  }

  /** The reader to use, or null when ExcelJS holds the current state. */
  private current(): XlsxReader | null {
    return this.written || this.reader === null ? null : this.reader;
  }

  async listSheets(): Promise<ExistingSheet[]> {
    const reader = this.current();
    return reader !== null ? reader.listSheets() : listSheets(this.workbook);
  }

  /** The grids of the named sheets; unknown names are skipped. */
  async readGrids(sheetNames: string[]): Promise<SheetGrid[]> {
    const reader = this.current();
    if (reader !== null) return reader.readGrids(sheetNames);
    return sheetNames.flatMap((name) => {
      const sheet = this.workbook.getWorksheet(name);
      return sheet === undefined ? [] : [readSheetGrid(sheet, this.file)];
    });
  }

  /** The Excel tables in the workbook (Insert > Table), with the sheet and cells each covers. */
  async listTables(): Promise<XlsxTable[]> {
    const reader = this.current();
    return reader !== null ? reader.listTables() : listTables(this.workbook);
  }

  /** The grids of the named tables (names as Excel compares them, ignoring case); unknown names are skipped. */
  async readTables(tableNames: string[]): Promise<SheetGrid[]> {
    const reader = this.current();
    if (reader !== null) return reader.readTables(tableNames);
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
    const reader = this.current();
    if (reader !== null) return reader.readSheetsByTable(sheetNames);
    const tables = listTables(this.workbook);
    return (await this.readGrids(sheetNames)).flatMap((grid) => {
      const onSheet = tables.filter((table) => table.sheet === grid.sheet);
      return onSheet.length >= 2 ? onSheet.map((table) => tableGrid(grid, table)) : [grid];
    });
  }

  /** The values of one of our sheets from A1, or null when it is missing or not ours. */
  async readOwnSheet(name: string): Promise<CellValue[][] | null> {
    const reader = this.current();
    if (reader !== null) return reader.readOwnSheet(name);
    const own = listSheets(this.workbook).find((s) => s.ownedByAddin && s.name.toLowerCase() === name.toLowerCase());
    const sheet = own === undefined ? undefined : this.workbook.getWorksheet(own.name);
    if (sheet === undefined) return null;
    const grid = readSheetGrid(sheet, this.file);
    if (grid.values.length === 0) return [];
    const leftPad = Array<CellValue>(grid.firstColumn - 1).fill(null);
    return [...Array.from({ length: grid.firstRow - 1 }, () => []), ...grid.values.map((row) => [...leftPad, ...row])];
  }

  async readOwnNames(): Promise<DefinedNameEntry[]> {
    const reader = this.current();
    if (reader !== null) return reader.readOwnNames();
    return (this.workbook.definedNames.model as { name: string; ranges: string[] }[])
      .filter((entry) => entry.name.startsWith(addinMarker.namePrefix))
      .map((entry) => ({ name: entry.name, refersTo: entry.ranges.join(",") }));
  }

  async writeSheets(models: SheetModel[]): Promise<void> {
    const workbook = await this.loadExcelJs();
    applySheetModels(workbook, models, this.file);
    this.written = true;
  }

  /** The workbook as .xlsx bytes. */
  async toBytes(): Promise<Uint8Array> {
    const workbook = await this.loadExcelJs();
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }
}
