import type { AuditSourceReader, ExistingSheet, SheetGrid } from "../../app/ports";
import { addinMarker, type DefinedNameEntry } from "../../core/sheets/addinMarker";
import type { CellValue } from "../../core/values";
import { openPackage } from "../package/openPackage";
import { PACKAGE_LIMITS, type PackageLimits } from "../package/packageLimits";
import type { XlsxPackage } from "../package/xlsxPackage";
import { tableGrid } from "../tableGrid";
import type { XlsxTable } from "../xlsxTable";
import { WorkbookFileError } from "../workbookFileError";
import { gridOfCells } from "./gridOfCells";
import { readCellStyles } from "./readCellStyles";
import { readSharedStrings } from "./readSharedStrings";
import { readSheetCells, type SheetCells, type SheetReadContext } from "./readSheetCells";
import { readSheetCellsInSegments, type SegmentOptions } from "./readSheetCellsInSegments";
import { readSheetTables } from "./readSheetTables";
import { sheetIsProtected } from "./sheetIsProtected";
import { readWorkbookInfo, type SheetState, type WorkbookInfo, type WorkbookSheetEntry } from "./readWorkbookInfo";

/** Where reading has got to, for a progress line ("12,000 rows read"). */
export interface ReadProgress {
  sheet: string;
  /** Rows read in this sheet so far. */
  rowsRead: number;
  /** Rows read in every sheet read so far, this one included. */
  totalRowsRead: number;
}

export interface XlsxReaderOptions {
  limits?: PackageLimits;
  onProgress?: (progress: ReadProgress) => void;
  /**
   * Scanners that read a large sheet's rows in segments at once (the command line gives worker
   * threads); without them every sheet is read on this thread.
   */
  segments?: SegmentOptions & {
    /** Sheet parts at least this large (uncompressed bytes) are read in segments; 8 MB unless given. */
    minimumPartBytes?: number;
  };
}

interface ReadSheet {
  grid: SheetGrid;
  protected: boolean;
}

// A sheet part this small is read to learn whether it is protected even when nobody asked for it.
const protectionScanBytes = 1024 * 1024;
// Below this a sheet is read faster on one thread than by starting workers (about 18,000 audit rows).
const defaultSegmentedPartBytes = 8 * 1024 * 1024;

/**
 * Reads an .xlsx package for the analysis, and only what it needs: the workbook part (sheets, defined
 * names, date system), then, for the sheets or tables asked for, the shared strings, the cell styles
 * that show dates and those sheets' cells, streamed into a sparse form and cut to their block of data
 * (cells far outside it are named in `notes`, never allocated). Nothing else is inflated. Implements
 * AuditSourceReader, plus the table reading the command line and the browser task pane use.
 *
 * Throws WorkbookFileError (see openPackage and readWorkbookInfo) with messages naming the file.
 *
 * @example
 * // const reader = XlsxReader.open(bytes, "audits.xlsx");
 * // const grids = await reader.readGrids((await reader.listSheets()).filter((s) => !s.ownedByAddin).map((s) => s.name));
 */
export class XlsxReader implements AuditSourceReader {
  /** Sentences about cells left out of the sheets read (far from their data), for the user. */
  readonly notes: string[] = [];
  private context: SheetReadContext | null = null;
  private readonly sheetsRead = new Map<string, ReadSheet>();
  private readonly protectionFound = new Map<string, boolean>();
  private tables: XlsxTable[] | null = null;
  private totalRowsRead = 0;

  private constructor(
    readonly pkg: XlsxPackage,
    readonly info: WorkbookInfo,
    private readonly onProgress: ((progress: ReadProgress) => void) | undefined,
    private readonly segments: XlsxReaderOptions["segments"],
  ) {}

  /** Opens the bytes of an .xlsx or .xlsm file; reads the zip directory and the workbook part only. */
  static open(bytes: Uint8Array, file: string, options: XlsxReaderOptions = {}): XlsxReader {
    const pkg = openPackage(bytes, file, options.limits ?? PACKAGE_LIMITS);
    return new XlsxReader(pkg, readWorkbookInfo(pkg), options.onProgress, options.segments);
  }

  get file(): string {
    return this.pkg.file;
  }

  /** The worksheets in tab order (chart sheets and macro sheets hold no cells to read). */
  private worksheets(): WorkbookSheetEntry[] {
    return this.info.sheets.filter((sheet) => sheet.kind === "worksheet");
  }

  private sheetNamed(name: string): WorkbookSheetEntry | undefined {
    const sheets = this.worksheets();
    return sheets.find((sheet) => sheet.name === name) ?? sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  /** Each worksheet's state: visible, hidden or veryHidden. */
  sheetStates(): { name: string; state: SheetState }[] {
    return this.worksheets().map((sheet) => ({ name: sheet.name, state: sheet.state }));
  }

  /** The sheets our markers (workbook-level defined names) say the add-in wrote, limited to sheets that exist. */
  private markedSheets(): { sheet: string; role: string }[] {
    const names = this.info.definedNames.filter((name) => name.localSheetId === null).map((name) => ({ name: name.name, refersTo: name.refersTo }));
    const existing = new Set(this.worksheets().map((sheet) => sheet.name.toLowerCase()));
    return addinMarker.read(names).filter((marked) => existing.has(marked.sheet.toLowerCase()));
  }

  private readContext(): SheetReadContext {
    this.context ??= {
      sharedStrings: this.info.sharedStringsPart === null ? [] : readSharedStrings(this.pkg, this.info.sharedStringsPart),
      dateStyles: readCellStyles(this.pkg, this.info.stylesPart).dateStyles,
      date1904: this.info.date1904,
    };
    return this.context;
  }

  private partOf(sheet: WorkbookSheetEntry): string {
    if (sheet.part === null || !this.pkg.has(sheet.part)) {
      throw new WorkbookFileError("damaged", `${this.file} could not be opened as an Excel workbook; it is damaged (the cells of sheet "${sheet.name}" are missing).`);
    }
    return sheet.part;
  }

  private async readSheet(sheet: WorkbookSheetEntry): Promise<ReadSheet> {
    const cached = this.sheetsRead.get(sheet.name);
    if (cached !== undefined) return cached;
    const before = this.totalRowsRead;
    const report = this.onProgress === undefined ? undefined : (rowsRead: number): void => this.onProgress?.({ sheet: sheet.name, rowsRead, totalRowsRead: before + rowsRead });
    const part = this.partOf(sheet);
    const size = this.pkg.entry(part)?.uncompressedSize ?? 0;
    const cells: SheetCells =
      this.segments !== undefined && size >= (this.segments.minimumPartBytes ?? defaultSegmentedPartBytes)
        ? await readSheetCellsInSegments(this.pkg, part, this.readContext(), this.segments, report, sheet.name)
        : readSheetCells(this.pkg, part, this.readContext(), report, sheet.name);
    this.totalRowsRead += cells.rowsRead;
    const { grid, note } = gridOfCells(cells, sheet.name, this.file);
    if (note !== null) this.notes.push(note);
    const read = { grid, protected: cells.protected };
    this.sheetsRead.set(sheet.name, read);
    return read;
  }

  /**
   * Whether a sheet is protected: known once its cells are read; otherwise searched for in its text,
   * for the add-in's own sheets (whose protection stops a write) and for small sheets. A large user
   * sheet not read is reported unprotected: nothing we do depends on it, and searching it would mean
   * inflating it.
   */
  private isProtected(sheet: WorkbookSheetEntry, owned: boolean): boolean {
    const read = this.sheetsRead.get(sheet.name);
    if (read !== undefined) return read.protected;
    const part = sheet.part === null ? undefined : this.pkg.entry(sheet.part);
    if (part === undefined || (!owned && part.uncompressedSize > protectionScanBytes)) return false;
    let known = this.protectionFound.get(sheet.name);
    if (known === undefined) {
      known = sheetIsProtected(this.pkg, part.name);
      this.protectionFound.set(sheet.name, known);
    }
    return known;
  }

  async listSheets(): Promise<ExistingSheet[]> {
    const marked = this.markedSheets();
    return this.worksheets().map((sheet) => {
      const mark = marked.find((m) => m.sheet.toLowerCase() === sheet.name.toLowerCase());
      return { name: sheet.name, ownedByAddin: mark !== undefined, role: mark?.role ?? null, protected: this.isProtected(sheet, mark !== undefined) };
    });
  }

  /** The grids of the named sheets; unknown names are skipped. */
  async readGrids(sheetNames: string[]): Promise<SheetGrid[]> {
    const grids: SheetGrid[] = [];
    for (const name of sheetNames) {
      const sheet = this.sheetNamed(name);
      if (sheet !== undefined) grids.push((await this.readSheet(sheet)).grid);
    }
    return grids;
  }

  /** The Excel tables in the workbook (Insert > Table), in tab order then file order, without reading any sheet's cells. */
  async listTables(): Promise<XlsxTable[]> {
    this.tables ??= this.worksheets().flatMap((sheet) => (sheet.part === null || !this.pkg.has(sheet.part) ? [] : readSheetTables(this.pkg, sheet.part).map((table) => ({ name: table.name, sheet: sheet.name, range: table.range }))));
    return this.tables;
  }

  /** The grids of the named tables (names compared ignoring case, as Excel does); unknown names are skipped. */
  async readTables(tableNames: string[]): Promise<SheetGrid[]> {
    const tables = await this.listTables();
    const grids: SheetGrid[] = [];
    for (const name of tableNames) {
      const table = tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      const sheet = table === undefined ? undefined : this.sheetNamed(table.sheet);
      if (table !== undefined && sheet !== undefined) grids.push(tableGrid((await this.readSheet(sheet)).grid, table));
    }
    return grids;
  }

  /**
   * The grids of the named sheets, except that a sheet holding two or more Excel tables gives one grid
   * per table: read as one grid, the tables would run together under the first one's header.
   */
  async readSheetsByTable(sheetNames: string[]): Promise<SheetGrid[]> {
    const tables = await this.listTables();
    return (await this.readGrids(sheetNames)).flatMap((grid) => {
      const onSheet = tables.filter((table) => table.sheet === grid.sheet);
      return onSheet.length >= 2 ? onSheet.map((table) => tableGrid(grid, table)) : [grid];
    });
  }

  /**
   * The workbook's defined names of ours (starting "CQCRecovery_"): the markers and the ownership
   * names (core/sheets/ownership), references as the file holds them.
   */
  async readOwnNames(): Promise<DefinedNameEntry[]> {
    return this.info.definedNames.filter((name) => name.name.startsWith(addinMarker.namePrefix)).map((name) => ({ name: name.name, refersTo: name.refersTo }));
  }

  /** The values of one of our sheets from A1, or null when it is missing or not ours. */
  async readOwnSheet(name: string): Promise<CellValue[][] | null> {
    const own = (await this.listSheets()).find((s) => s.ownedByAddin && s.name.toLowerCase() === name.toLowerCase());
    const sheet = own === undefined ? undefined : this.sheetNamed(own.name);
    if (sheet === undefined) return null;
    const { grid } = await this.readSheet(sheet);
    if (grid.values.length === 0) return [];
    const leftPad = Array<CellValue>(grid.firstColumn - 1).fill(null);
    return [...Array.from({ length: grid.firstRow - 1 }, () => []), ...grid.values.map((row) => [...leftPad, ...row])];
  }
}
