import type { SheetGrid } from "../../app/ports";
import type { SheetWritePlan } from "../../core/sheets/ownership/sheetWritePlan";
import { WorkbookFileError } from "../../xlsx/workbookFileError";
import type { XlsxWorkbook } from "../../xlsx/XlsxWorkbook";
import { previewRows } from "./excelSession";
import type { XlsxAdapter } from "./loadXlsxAdapter";
import { readInWorker, type ReaderWorkerFactory, type RowsReadListener } from "./readInWorker";
import type { WorkbookRead } from "./readWorkbookBytes";
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

function widthOf(grid: SheetGrid): number {
  return grid.values.reduce((widest, row) => Math.max(widest, row.length), 0);
}

function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How the browser mode reads: in a worker when one can start, reporting rows read. */
export interface BrowserSessionOptions {
  /** Starts the reader worker (the composition root passes createReaderWorker); without it the page reads. */
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

/**
 * An .xlsx file opened in the browser: the same flow as in Excel, ending with a download. The file is
 * read by the streaming reader in a worker (see readInWorker), so the page never freezes and reports
 * rows read. The download is the file itself with our sheets added or refreshed in place by the package
 * writer (src/xlsx/write), the same as the command line writes: every part of the user's (charts,
 * pivot tables, macros...) is copied byte for byte. Only a workbook whose structure is protected gets
 * a separate workbook of the add-in's sheets, and the page says why.
 */
export async function openBrowserSession(adapter: XlsxAdapter, fileName: string, bytes: Uint8Array, storage: ChoiceStorage | null, options: BrowserSessionOptions = {}): Promise<WorkbookSession> {
  let read: WorkbookRead;
  let book: XlsxWorkbook;
  try {
    read = await readInWorker(options.createReaderWorker, bytes, fileName, options.onRowsRead);
    // Opening again on the page reads only the zip directory and workbook part: the grids came from the worker.
    book = await adapter.XlsxWorkbook.fromBytes(bytes, fileName);
  } catch (error) {
    throw inBrowserWords(error, fileName);
  }
  const separate = read.inspection.structureProtected;
  // A structure-protected workbook cannot gain sheets: the download is then a workbook of ours alone.
  const separateName = downloadName(fileName, true);
  let written: Uint8Array | null = null;

  const grids = read.grids;
  const byName = new Map(grids.map((grid) => [grid.sheet, grid]));
  const storageKey = `cqcRecovery.choices.${fileName}`;

  // Hidden and very hidden sheets are still offered (audits are often kept on them), marked as hidden.
  const hiddenSheets = new Set(read.hiddenSheets);
  // Tables first, then sheets, as in Excel; a table's grid is cut from its sheet's, already read.
  const tables = read.tables.filter((table) => byName.has(table.sheet));
  const tableGrids = new Map(tables.map((table) => [table.name, adapter.tableGrid(byName.get(table.sheet) as SheetGrid, table)]));
  const sources: SourceEntry[] = [
    ...tables.map((table): SourceEntry => {
      const grid = tableGrids.get(table.name) as SheetGrid;
      return { name: table.name, kind: "table", sheet: table.sheet, rowCount: grid.values.length, columnCount: widthOf(grid), hidden: hiddenSheets.has(table.sheet) };
    }),
    ...grids
      .filter((grid) => grid.values.length > 0)
      .map((grid): SourceEntry => ({ name: grid.sheet, kind: "sheet", sheet: grid.sheet, rowCount: grid.values.length, columnCount: widthOf(grid), hidden: hiddenSheets.has(grid.sheet) })),
  ];
  const gridOf = (source: SourceEntry): SheetGrid | undefined => (source.kind === "table" ? tableGrids.get(source.name) : byName.get(source.sheet));
  const writePackage = (plans: readonly SheetWritePlan[]): Uint8Array =>
    separate
      ? adapter.writeOutputPackage(adapter.minimalPackage(separateName), adapter.createPlans(plans.map((plan) => plan.model)))
      : adapter.writeOutputPackage((book.reader as NonNullable<XlsxWorkbook["reader"]>).pkg, plans);

  return {
    mode: "browser",
    title: fileName,
    // Reads come from the file; the Action Tracker merge and the writes go to the workbook downloaded.
    workbook: {
      listSheets: async () => (separate ? [] : book.listSheets()),
      readGrids: async (names) => names.flatMap((name) => byName.get(name) ?? []),
      readOwnSheet: async (name) => (separate ? null : book.readOwnSheet(name)),
      readOwnNames: async () => (separate ? [] : book.readOwnNames()),
      writeSheets: async (plans) => {
        written = writePackage(plans);
      },
    },
    listSources: async () => sources,
    previewSources: async (chosen) =>
      chosen.map((source) => {
        const grid = gridOf(source) as SheetGrid;
        return { source, grid: { ...grid, values: grid.values.slice(0, previewRows) } };
      }),
    readSources: async (chosen) => chosen.map(gridOf).filter((grid): grid is SheetGrid => grid !== undefined),
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
      onStage({ value: 0.25, label: "Adding the four sheets to the workbook…" });
      await yieldToBrowser();
      written = writePackage(plans);
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
    readNotes: () => [...read.notes],
    downloadNote: () => (separate ? `${fileName} has its structure protected, so sheets cannot be added to it. The download is a separate workbook holding only the four sheets.` : null),
  };
}
