import { analyseWorkbook } from "../../app/analyseWorkbook";
import type { SheetGrid } from "../../app/ports";
import { createPlans } from "../../core/sheets/ownership/createPlans";
import { XlsxReader, type XlsxReaderOptions } from "../../xlsx/read/XlsxReader";
import { tableGrid } from "../../xlsx/tableGrid";
import { minimalPackage } from "../../xlsx/write/minimalPackage";
import { writeOutputPackage } from "../../xlsx/write/writeOutputPackage";
import type { RowsReadListener } from "./openInWorker";
import { previewRows } from "./excelSession";
import { PACKAGE_STEPS, type OpenedWorkbook, type SourceReference } from "./openedWorkbook";
import { readWorkbookBytes } from "./readWorkbookBytes";
import type { SourceEntry } from "./workbookSession";

function widthOf(grid: SheetGrid): number {
  return grid.values.reduce((widest, row) => Math.max(widest, row.length), 0);
}

const megabyte = 1024 * 1024;

function sizeInWords(bytes: number): string {
  return `${(bytes / megabyte).toLocaleString("en-GB", { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;
}

/**
 * Opens an .xlsx file's bytes in the thread this runs in (the reader worker, or the page where no
 * worker can start): reads every user sheet with the streaming reader, reporting rows read, and keeps
 * the grids and the package here for the analysis and the download. Throws WorkbookFileError as
 * XlsxReader does.
 *
 * @example
 * // (await openWorkbookHere(bytes, "audits.xlsx")).overview.sources.map((s) => s.name) // => ["Audits"]
 */
export async function openWorkbookHere(bytes: Uint8Array, fileName: string, onRows?: RowsReadListener, thread: OpenedWorkbook["thread"] = "page", segments?: XlsxReaderOptions["segments"]): Promise<OpenedWorkbook> {
  const read = await readWorkbookBytes(bytes, fileName, onRows === undefined ? undefined : (progress) => onRows({ sheet: progress.sheet, rowsRead: progress.totalRowsRead }), segments);
  // Opening the package again reads only its zip directory: the writer copies the user's parts from it.
  const pkg = XlsxReader.open(bytes, fileName).pkg;
  const byName = new Map(read.grids.map((grid) => [grid.sheet, grid]));
  const hiddenSheets = new Set(read.hiddenSheets);
  // Tables first, then sheets, as in Excel; a table's grid is cut from its sheet's, already read.
  const tables = read.tables.filter((table) => byName.has(table.sheet));
  const tableGrids = new Map(tables.map((table) => [table.name, tableGrid(byName.get(table.sheet) as SheetGrid, table)]));
  const sources: SourceEntry[] = [
    ...tables.map((table): SourceEntry => {
      const grid = tableGrids.get(table.name) as SheetGrid;
      return { name: table.name, kind: "table", sheet: table.sheet, rowCount: grid.values.length, columnCount: widthOf(grid), hidden: hiddenSheets.has(table.sheet) };
    }),
    ...read.grids
      .filter((grid) => grid.values.length > 0)
      .map((grid): SourceEntry => ({ name: grid.sheet, kind: "sheet", sheet: grid.sheet, rowCount: grid.values.length, columnCount: widthOf(grid), hidden: hiddenSheets.has(grid.sheet) })),
  ];
  const gridOf = (source: SourceReference): SheetGrid | undefined => (source.kind === "table" ? tableGrids.get(source.name) : byName.get(source.sheet));
  const gridsOf = (chosen: readonly SourceReference[]): SheetGrid[] => chosen.map(gridOf).filter((grid): grid is SheetGrid => grid !== undefined);

  return {
    overview: {
      sheets: read.sheets,
      hiddenSheets: read.hiddenSheets,
      tables: read.tables,
      sources,
      previews: sources.map((source) => {
        const grid = gridOf(source) as SheetGrid;
        return { ...grid, values: grid.values.slice(0, previewRows) };
      }),
      notes: read.notes,
      structureProtected: read.structureProtected,
    },
    thread,
    grids: async (chosen) => gridsOf(chosen),
    analyse: async (chosen, settings, options) => analyseWorkbook(gridsOf(chosen), settings, options),
    buildPackage: async (plans, separateName, onProgress) => {
      onProgress?.({ stage: `Adding the four sheets to ${fileName} (${sizeInWords(bytes.length)})`, done: 1, total: PACKAGE_STEPS });
      // A structure-protected workbook cannot gain sheets: the download is then a workbook of ours alone.
      const written = read.structureProtected ? writeOutputPackage(minimalPackage(separateName), createPlans(plans.map((plan) => plan.model))) : writeOutputPackage(pkg, plans);
      onProgress?.({ stage: `Handing over the updated workbook (${sizeInWords(written.length)})`, done: 2, total: PACKAGE_STEPS });
      return written;
    },
    close: () => undefined,
  };
}
