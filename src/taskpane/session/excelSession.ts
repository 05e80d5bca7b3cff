import type { SheetWritePlan } from "../../core/sheets/ownership/sheetWritePlan";
import type { OfficeWorkbook, SettingsStore, WorkbookSources } from "../../office";
import type { SourceEntry, SourcePreview, WorkbookSession, WriteStage, WrittenSheetLink } from "./workbookSession";

function entriesOf(sources: WorkbookSources): SourceEntry[] {
  const tables: SourceEntry[] = sources.tables.map((table) => ({
    name: table.name,
    kind: "table",
    sheet: table.sheet,
    rowCount: table.rowCount,
    columnCount: table.columnCount,
    hidden: sources.sheets.find((sheet) => sheet.name === table.sheet)?.visible === false,
  }));
  const sheets: SourceEntry[] = sources.sheets
    .filter((sheet) => !sheet.ownedByAddin && !sheet.blank)
    .map((sheet) => ({ name: sheet.name, kind: "sheet", sheet: sheet.name, rowCount: sheet.rowCount, columnCount: sheet.columnCount, hidden: !sheet.visible }));
  return [...tables, ...sheets];
}

function gridSourceOf(entry: SourceEntry) {
  return entry.kind === "table" ? ({ kind: "table", table: entry.name } as const) : ({ kind: "sheet", sheet: entry.name } as const);
}

/** Rows read for a preview: enough for title rows, the header and a screenful of data. */
export const previewRows = 60;

/** The open workbook inside Excel, through the Office.js adapter; choices saved in the document. */
export function excelSession(workbook: OfficeWorkbook, settings: SettingsStore): WorkbookSession {
  return {
    mode: "excel",
    title: "This workbook",
    workbook,
    listSources: async () => entriesOf(await workbook.listSources()),
    previewSources: async (sources) => {
      const previews = await workbook.readPreviews(sources.map(gridSourceOf), previewRows);
      return previews.map((preview, index): SourcePreview => ({ source: sources[index], grid: preview.grid }));
    },
    readSources: (sources) => workbook.readSources(sources.map(gridSourceOf)),
    loadChoices: async () => settings.load(),
    saveChoices: (choices) => settings.save(choices),
    writeSheets: async (plans: readonly SheetWritePlan[], onStage: (stage: WriteStage) => void): Promise<WrittenSheetLink[]> =>
      workbook.writePlans(plans, {
        onProgress: (progress) => {
          const label =
            progress.stage === "done"
              ? "All four sheets are written."
              : progress.stage === "replacing"
                ? "Naming the new sheets…"
                : `Writing the sheets (${progress.completed} of ${progress.total} steps)…`;
          onStage({ value: progress.completed / progress.total, label });
        },
      }),
    showCell: (sheet, address) => workbook.selectCell(sheet, address),
    showSheet: (sheet) => workbook.selectCell(sheet, "A1"),
  };
}
