import type { AnalyseWorkbookOptions } from "../../app/analyseWorkbook";
import type { ExistingSheet, SheetGrid } from "../../app/ports";
import type { AnalysisSettingsInput, WorkbookAnalysis } from "../../core/compare";
import type { SheetWritePlan } from "../../core/sheets/ownership/sheetWritePlan";
import type { XlsxTable } from "../../xlsx/xlsxTable";
import type { SourceEntry } from "./workbookSession";

/** What the page learns from an .xlsx file when it opens: plain data, a few rows of each source only. */
export interface WorkbookOverview {
  sheets: ExistingSheet[];
  /** Names of hidden and very hidden sheets (still offered: audits are often kept on them). */
  hiddenSheets: string[];
  tables: XlsxTable[];
  /** Tables first, then the sheets with data, as in Excel. */
  sources: SourceEntry[];
  /** Each source's first rows (excelSession's previewRows, as in Excel), in the order of `sources`. */
  previews: SheetGrid[];
  /** Cells left out of a sheet's data because they were far from it, in words. */
  notes: string[];
  /** The workbook's structure is protected (no sheet can be added): the download is a workbook of its own. */
  structureProtected: boolean;
}

/** A source named the way the page and the worker both know it. */
export type SourceReference = Pick<SourceEntry, "name" | "kind" | "sheet">;

/** Where the package is being built, for the progress beside the Write button. */
export interface PackageProgress {
  /** The step begun, in words: "Adding the four sheets to audits.xlsx (4.4 MB)". */
  stage: string;
  /** Steps done before it, and in all. */
  done: number;
  total: number;
}

/** The steps of building the download: the plans sent, the sheets added, the package handed over. */
export const PACKAGE_STEPS = 3;

/**
 * An .xlsx file opened for the browser mode, wherever its grids are held: in the reader worker (see
 * openInWorker), or on the page where no worker can start (see openWorkbookHere). The grids stay
 * where they were read; the page asks for an analysis or a package and receives only the answer.
 */
export interface OpenedWorkbook {
  overview: WorkbookOverview;
  /** Where the grids are held and the work is done. */
  thread: "worker" | "page";
  /** The full grids of the sources, in their order (unknown sources are skipped). */
  grids(sources: readonly SourceReference[]): Promise<SheetGrid[]>;
  /** Analyses the sources; throws what analyseWorkbook throws (SettingsError included). */
  analyse(sources: readonly SourceReference[], settings: AnalysisSettingsInput, options: AnalyseWorkbookOptions): Promise<WorkbookAnalysis>;
  /**
   * The updated workbook: the file with the plans carried out, or, when its structure is protected, a
   * workbook of ours alone named `separateName`. Throws WorkbookFileError as writeOutputPackage does.
   */
  buildPackage(plans: readonly SheetWritePlan[], separateName: string, onProgress?: (progress: PackageProgress) => void): Promise<Uint8Array>;
  /** Lets the worker go. */
  close(): void;
}
