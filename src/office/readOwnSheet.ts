import type { CellValue } from "../core/values";
import type { ExcelRunner } from "./excelApi";
import { excelErrorCode } from "./excelErrorCode";
import { queueSheetList, readSheetList } from "./loadSheetList";

/**
 * The values of one of the add-in's own sheets (to merge the Action Tracker with what users typed),
 * or null when there is no such sheet or the sheet is the user's. One sync.
 */
export function readOwnSheet(run: ExcelRunner, name: string): Promise<CellValue[][] | null> {
  return run(async (context) => {
    const list = queueSheetList(context);
    // getItem (not ...OrNullObject) so that the used range can be queued in the same sync; a missing
    // sheet fails the batch with ItemNotFound, which means "no sheet".
    const used = context.workbook.worksheets.getItem(name).getUsedRange(true);
    used.load("values");
    try {
      await context.sync();
    } catch (error) {
      if (excelErrorCode(error) === "ItemNotFound") return null;
      throw error;
    }
    const sheet = readSheetList(list).find((entry) => entry.name.toLowerCase() === name.toLowerCase());
    if (sheet === undefined || !sheet.ownedByAddin) return null;
    return used.values as CellValue[][];
  });
}
