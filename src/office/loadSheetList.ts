import type { ExistingSheet } from "../app/ports";
import { addinMarker } from "../core/sheets/addinMarker";
import type { ExcelContextApi, NamedItemCollectionApi, WorksheetCollectionApi } from "./excelApi";

/** Sheets and defined names, loaded and waiting for the next sync. */
export interface QueuedSheetList {
  worksheets: WorksheetCollectionApi;
  names: NamedItemCollectionApi;
}

/**
 * Queues the loads that tell which sheets exist, which are protected and which carry the add-in's
 * marker (a workbook-level defined name, see core/sheets/addinMarker). Read with `readSheetList`
 * after the caller's sync, so the loads can share a sync with other work.
 */
export function queueSheetList(context: ExcelContextApi): QueuedSheetList {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility,items/position,items/protection/protected");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  return { worksheets, names };
}

/** The sheets queued by `queueSheetList`, after a sync, with their ownership and protection. */
export function readSheetList(queued: QueuedSheetList): (ExistingSheet & { visible: boolean; position: number })[] {
  const marked = addinMarker.read(queued.names.items.map((item) => ({ name: item.name, refersTo: String(item.formula) })));
  return queued.worksheets.items.map((worksheet) => {
    const mark = marked.find((entry) => entry.sheet.toLowerCase() === worksheet.name.toLowerCase());
    return {
      name: worksheet.name,
      ownedByAddin: mark !== undefined,
      role: mark?.role ?? null,
      protected: worksheet.protection.protected,
      visible: worksheet.visibility === "Visible",
      position: worksheet.position,
    };
  });
}
