import type { AuditSourceReader, ExistingSheet, OutputSheetWriter, SheetGrid } from "../app/ports";
import type { DefinedNameEntry } from "../core/sheets/addinMarker";
import type { SheetWritePlan } from "../core/sheets/ownership/sheetWritePlan";
import type { CellValue } from "../core/values";
import type { XlsxTable } from "./xlsxTable";
import { XlsxReader, type XlsxReaderOptions } from "./read/XlsxReader";
import { writeOutputPackage } from "./write/writeOutputPackage";

/**
 * An .xlsx workbook implementing both ports over its package: reads go through the streaming reader
 * (only the parts asked for), writes through the package writer (our sheets added or refreshed in
 * place, every part of the user's copied byte for byte). After a write, reads answer from the written
 * package. It never touches the file system: the command line and the browser page give it bytes.
 *
 * @example
 * // const book = await XlsxWorkbook.fromBytes(bytes, "audits.xlsx");
 * // await book.writeSheets(buildOutputSheets(analysis, { ... }).plans);
 * // const updated = await book.toBytes();
 */
export class XlsxWorkbook implements AuditSourceReader, OutputSheetWriter {
  private current: XlsxReader;

  constructor(
    /** The streaming reader over the file's bytes. */
    readonly reader: XlsxReader,
    /** The file name for messages and for SheetGrid.file ("audits.xlsx"). */
    readonly file: string = reader.pkg.file,
    private readonly options: XlsxReaderOptions = {},
  ) {
    this.current = reader;
  }

  /** Opens .xlsx bytes (zip directory and workbook part only). Throws WorkbookFileError (see XlsxReader). */
  static async fromBytes(bytes: Uint8Array, file: string, options: XlsxReaderOptions = {}): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(XlsxReader.open(bytes, file, options), file, options);
  }

  async listSheets(): Promise<ExistingSheet[]> {
    return this.current.listSheets();
  }

  /** The grids of the named sheets; unknown names are skipped. */
  async readGrids(sheetNames: string[]): Promise<SheetGrid[]> {
    return this.current.readGrids(sheetNames);
  }

  /** The Excel tables in the workbook (Insert > Table), with the sheet and cells each covers. */
  async listTables(): Promise<XlsxTable[]> {
    return this.current.listTables();
  }

  /** The grids of the named tables (names as Excel compares them, ignoring case); unknown names are skipped. */
  async readTables(tableNames: string[]): Promise<SheetGrid[]> {
    return this.current.readTables(tableNames);
  }

  /**
   * The grids of the named sheets, except that a sheet holding two or more Excel tables gives one grid
   * per table: read as one grid, the tables would run together under the first one's header.
   */
  async readSheetsByTable(sheetNames: string[]): Promise<SheetGrid[]> {
    return this.current.readSheetsByTable(sheetNames);
  }

  /** The values of one of our sheets from A1, or null when it is missing or not ours. */
  async readOwnSheet(name: string): Promise<CellValue[][] | null> {
    return this.current.readOwnSheet(name);
  }

  async readOwnNames(): Promise<DefinedNameEntry[]> {
    return this.current.readOwnNames();
  }

  /**
   * Carries out the plans on the package (see writeOutputPackage); the workbook then holds the result.
   * Throws WorkbookFileError ("name-clash", "protected-sheet", "protected-structure") before changing anything.
   */
  async writeSheets(plans: readonly SheetWritePlan[]): Promise<void> {
    const bytes = writeOutputPackage(this.current.pkg, plans);
    this.current = XlsxReader.open(bytes, this.file, this.options);
  }

  /** The workbook as .xlsx bytes: the file as opened, or as last written. */
  async toBytes(): Promise<Uint8Array> {
    return this.current.pkg.bytes;
  }
}
