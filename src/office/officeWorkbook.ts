import type { AuditSourceReader, ExistingSheet, OutputSheetWriter, SheetGrid } from "../app/ports";
import type { SheetModel } from "../core/sheets/sheetModel";
import { addinMarker, type DefinedNameEntry } from "../core/sheets/addinMarker";
import type { CellValue } from "../core/values";
import type { ExcelRunner } from "./excelApi";
import type { GridSource } from "./gridSource";
import { listSheets } from "./listSheets";
import { listWorkbookSources } from "./listWorkbookSources";
import { readOwnSheet } from "./readOwnSheet";
import { readSourceGrids } from "./readSourceGrids";
import { readSourcePreviews, type SourcePreview } from "./readSourcePreviews";
import type { WorkbookSources } from "./workbookSources";
import { writeSheetModels, type WriteOptions, type WrittenSheet } from "./writeSheetModels";
import { writeSheetPlans } from "./writeSheetPlans";
import type { SheetWritePlan } from "../core/sheets/ownership/sheetWritePlan";

/** The workbook's defined names of ours ("CQCRecovery_…") with what they refer to now. One sync. */
function readOwnNames(run: ExcelRunner): Promise<DefinedNameEntry[]> {
  return run(async (context) => {
    const names = context.workbook.names;
    names.load("items/name,items/formula");
    await context.sync();
    return names.items.filter((item) => item.name.startsWith(addinMarker.namePrefix)).map((item) => ({ name: item.name, refersTo: String(item.formula) }));
  });
}

/**
 * The open workbook, through Office.js: the ports the use cases need (reading audit grids, writing
 * the add-in's sheets) and what the task pane adds (sources with sizes, tables, selecting a cell).
 * Every method is one `Excel.run`.
 */
export class OfficeWorkbook implements AuditSourceReader, OutputSheetWriter {
  constructor(private readonly run: ExcelRunner) {}

  listSheets(): Promise<ExistingSheet[]> {
    return listSheets(this.run);
  }

  listSources(): Promise<WorkbookSources> {
    return listWorkbookSources(this.run);
  }

  readGrids(sheetNames: string[]): Promise<SheetGrid[]> {
    return readSourceGrids(
      this.run,
      sheetNames.map((sheet) => ({ kind: "sheet", sheet })),
    );
  }

  /** Sheets and tables in one read (tables come with their header row). */
  readSources(sources: readonly GridSource[]): Promise<SheetGrid[]> {
    return readSourceGrids(this.run, sources);
  }

  /** The first rows of each source and its full size, in one sync. */
  readPreviews(sources: readonly GridSource[], rows: number): Promise<SourcePreview[]> {
    return readSourcePreviews(this.run, sources, rows);
  }

  readOwnSheet(name: string): Promise<CellValue[][] | null> {
    return readOwnSheet(this.run, name);
  }

  readOwnNames(): Promise<DefinedNameEntry[]> {
    return readOwnNames(this.run);
  }

  async writeSheets(plans: readonly SheetWritePlan[], options?: WriteOptions): Promise<void> {
    await writeSheetPlans(this.run, plans, options);
  }

  /**
   * Carries out the core's write plans (buildOutputSheets' `plans`): new sheets are created whole, the
   * add-in's existing sheets refreshed in place, never deleted, so references to them survive.
   */
  writePlans(plans: readonly SheetWritePlan[], options?: WriteOptions): Promise<WrittenSheet[]> {
    return writeSheetPlans(this.run, plans, options);
  }

  /** As `writeSheets`, returning the sheets written (for links to them). */
  writeSheetsReporting(models: readonly SheetModel[], options?: WriteOptions): Promise<WrittenSheet[]> {
    return writeSheetModels(this.run, models, options);
  }

  /**
   * Shows a cell to the user: activates its sheet and selects it ("F17" or "F17:F20"), so a problem
   * found in the data can be fixed where it is. One sync.
   */
  selectCell(sheet: string, address: string): Promise<void> {
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    });
  }
}
