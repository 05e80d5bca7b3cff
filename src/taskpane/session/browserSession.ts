import type { SheetWritePlan } from "../../core/sheets/ownership/sheetWritePlan";
import { WorkbookFileError } from "../../xlsx/workbookFileError";
import type { XlsxWorkbook } from "../../xlsx/XlsxWorkbook";
import type { XlsxAdapter } from "./loadXlsxAdapter";
import { PACKAGE_STEPS, type OpenedWorkbook, type PackageProgress } from "./openedWorkbook";
import { openInWorker, type ReaderWorkerFactory, type RowsReadListener } from "./openInWorker";
import type { SourceEntry, WorkbookSession, WriteStage, WrittenSheetLink } from "./workbookSession";

/** Where choices are kept in the browser: the workbook file cannot carry the add-in's settings. */
export interface ChoiceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The name of the downloaded copy: beside the original, as the command line names it. */
function downloadName(fileName: string, separate: boolean): string {
  const stem = fileName.replace(/\.xlsx$/i, "");
  return `${stem}${separate ? ".assurance" : ".assured"}.xlsx`;
}

/** How the browser mode works: in a worker when one can start, reporting rows read. */
export interface BrowserSessionOptions {
  /** Starts the reader worker (the composition root passes createReaderWorker); without it the page does the work. */
  createReaderWorker?: ReaderWorkerFactory;
  /** Hears the rows read so far while the file is read ("12,000 rows read"). */
  onRowsRead?: RowsReadListener;
}

/** The browser's own words for files that cannot be opened at all; other problems keep the reader's message. */
function inBrowserWords(error: unknown, fileName: string): unknown {
  if (!(error instanceof WorkbookFileError)) return error;
  switch (error.problem) {
    case "encrypted":
      return new WorkbookFileError("encrypted", `${fileName} is protected with a password. Open it in Excel, remove the password (File > Info > Protect Workbook), save it and open it here again.`);
    case "binary-workbook":
      return new WorkbookFileError("binary-workbook", `${fileName} is saved as an Excel Binary Workbook. Save it as an Excel Workbook (.xlsx) and open it here again.`);
    case "not-xlsx":
      return new WorkbookFileError("not-xlsx", `${fileName} is not an Excel workbook (.xlsx). Choose the .xlsx file that holds your audits.`);
    default:
      return error;
  }
}

/** The download's progress in the words and numbers the Write step shows. */
function writeStageOf(progress: PackageProgress): WriteStage & { done: number; total: number; unit: string } {
  return { value: progress.done / progress.total, label: progress.stage, done: progress.done, total: progress.total, unit: "steps" };
}

/**
 * An .xlsx file opened in the browser: the same flow as in Excel, ending with a download. The file is
 * opened in the reader worker (see openInWorker), which keeps its grids: the page receives the sources
 * and their first rows, asks the worker for the analysis and the updated workbook, and so never
 * freezes. The download is the file itself with our sheets added or refreshed in place by the package
 * writer (src/xlsx/write), the same as the command line writes: every part of the user's (charts,
 * pivot tables, macros...) is copied byte for byte. Only a workbook whose structure is protected gets
 * a separate workbook of the add-in's sheets, and the page says why.
 */
export async function openBrowserSession(adapter: XlsxAdapter, fileName: string, bytes: Uint8Array, storage: ChoiceStorage | null, options: BrowserSessionOptions = {}): Promise<WorkbookSession> {
  let opened: OpenedWorkbook;
  let book: XlsxWorkbook;
  try {
    opened = await openInWorker(options.createReaderWorker, bytes, fileName, options.onRowsRead);
    // Opening again on the page reads only the zip directory and workbook part, for the sheets of ours
    // already in the file (the Action Tracker merge); the grids stay in the worker.
    book = await adapter.XlsxWorkbook.fromBytes(bytes, fileName);
  } catch (error) {
    throw inBrowserWords(error, fileName);
  }
  const { overview } = opened;
  const separate = overview.structureProtected;
  // A structure-protected workbook cannot gain sheets: the download is then a workbook of ours alone.
  const separateName = downloadName(fileName, true);
  let written: Uint8Array | null = null;
  const storageKey = `cqcRecovery.choices.${fileName}`;
  const previewOf = new Map(overview.sources.map((source, index) => [source.name, overview.previews[index]]));
  const sheetSources = new Map(overview.sources.filter((source) => source.kind === "sheet").map((source) => [source.sheet, source]));

  return {
    mode: "browser",
    title: fileName,
    // Reads come from the file; the Action Tracker merge and the writes go to the workbook downloaded.
    workbook: {
      listSheets: async () => (separate ? [] : book.listSheets()),
      readGrids: async (names) => opened.grids(names.flatMap((name) => sheetSources.get(name) ?? [])),
      readOwnSheet: async (name) => (separate ? null : book.readOwnSheet(name)),
      readOwnNames: async () => (separate ? [] : book.readOwnNames()),
      writeSheets: async (plans) => {
        written = await opened.buildPackage(plans, separateName);
      },
    },
    listSources: async () => overview.sources,
    previewSources: async (chosen) => chosen.flatMap((source) => {
      const grid = previewOf.get(source.name);
      return grid === undefined ? [] : [{ source, grid }];
    }),
    readSources: async (chosen: readonly SourceEntry[]) => opened.grids(chosen),
    analyseSources: async (chosen, settings, analysisOptions) => ({ analysis: await opened.analyse(chosen, settings, analysisOptions), thread: opened.thread }),
    loadChoices: async () => {
      const text = storage?.getItem(storageKey) ?? null;
      if (text === null) return null;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        // Choices saved by an older version that no longer parse: start afresh.
        return null;
      }
    },
    saveChoices: async (choices) => storage?.setItem(storageKey, JSON.stringify(choices)),
    writeSheets: async (plans: readonly SheetWritePlan[], onStage: (stage: WriteStage) => void): Promise<WrittenSheetLink[]> => {
      onStage(writeStageOf({ stage: "Sending the four sheets to the workbook writer", done: 0, total: PACKAGE_STEPS }));
      written = await opened.buildPackage(plans, separateName, (progress) => onStage(writeStageOf(progress)));
      onStage({ value: 1, label: "All four sheets are ready: download the updated workbook." });
      return plans.map((plan) => ({ name: plan.model.name, role: plan.model.role }));
    },
    download: async () => {
      if (written === null) throw new WorkbookFileError("cannot-write", "There is nothing to download yet: write the sheets first.");
      return {
        fileName: downloadName(fileName, separate),
        blob: new Blob([written as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
      };
    },
    readNotes: () => [...overview.notes],
    downloadNote: () => (separate ? `${fileName} has its structure protected, so sheets cannot be added to it. The download is a separate workbook holding only the four sheets.` : null),
    close: () => opened.close(),
  };
}
