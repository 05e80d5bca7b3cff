import type { AnalyseWorkbookOptions } from "../../app/analyseWorkbook";
import type { AuditSourceReader, OutputSheetWriter, SheetGrid } from "../../app/ports";
import type { AnalysisSettingsInput, WorkbookAnalysis } from "../../core/compare";
import type { SheetModel } from "../../core/sheets/sheetModel";
import type { SheetWritePlan } from "../../core/sheets/ownership/sheetWritePlan";

/** A sheet or table the Source step lists. */
export interface SourceEntry {
  /** What the analysis calls it: the table's name, or the sheet's. */
  name: string;
  kind: "sheet" | "table";
  /** The sheet it is on (the sheet itself for a sheet). */
  sheet: string;
  rowCount: number;
  columnCount: number;
  hidden: boolean;
}

/** A source's first rows, for suggesting it, proposing column roles and showing a preview. */
export interface SourcePreview {
  source: SourceEntry;
  grid: SheetGrid;
}

/** Where a write has got to, in words for the progress bar and the screen reader. */
export interface WriteStage {
  /** From 0 to 1. */
  value: number;
  label: string;
}

/** A sheet written, for the links shown when done. */
export interface WrittenSheetLink {
  name: string;
  role: SheetModel["role"];
}

/**
 * Everything the task pane needs from the workbook it works on, whoever holds it: Excel (through the
 * Office.js adapter) or an .xlsx file opened in the browser (through the ExcelJS adapter). Components
 * receive it as a prop and never touch Excel.
 */
export interface WorkbookSession {
  mode: "excel" | "browser";
  /** "This workbook" in Excel, the file name in the browser. */
  title: string;
  /** The ports the use cases need. */
  workbook: AuditSourceReader & OutputSheetWriter;
  listSources(): Promise<SourceEntry[]>;
  previewSources(sources: readonly SourceEntry[]): Promise<SourcePreview[]>;
  readSources(sources: readonly SourceEntry[]): Promise<SheetGrid[]>;
  /**
   * In the browser: analyses the sources where their grids are held (the reader worker), so they never
   * cross to the page; with the thread that did it. Without it, the pane reads the sources and analyses them.
   */
  analyseSources?(sources: readonly SourceEntry[], settings: AnalysisSettingsInput, options: AnalyseWorkbookOptions): Promise<{ analysis: WorkbookAnalysis; thread: "worker" | "page" }>;
  loadChoices(): Promise<unknown>;
  saveChoices(choices: unknown): Promise<void>;
  /** Carries out the write plans (all or nothing), reporting progress: our sheets created or refreshed in place. */
  writeSheets(plans: readonly SheetWritePlan[], onStage: (stage: WriteStage) => void): Promise<WrittenSheetLink[]>;
  /** Inside Excel: shows a cell ("G17") so a problem can be fixed where it is. */
  showCell?(sheet: string, address: string): Promise<void>;
  /** Inside Excel: opens a sheet the add-in wrote. */
  showSheet?(sheet: string): Promise<void>;
  /** In the browser: the updated workbook to download. */
  download?(): Promise<{ fileName: string; blob: Blob }>;
  /** In the browser: why the download is a separate workbook of the add-in's sheets, or null. */
  downloadNote?(): string | null;
  /**
   * In the browser: cells left out of a sheet's data because they were far from it, one sentence each
   * ('audits.xlsx, sheet "Audits": 1 cell far from the data (XFD100000) was left out; ...'), to show
   * beside the sources.
   */
  readNotes?(): string[];
  /** In the browser: lets the reader worker go when another file is opened. */
  close?(): void;
}
