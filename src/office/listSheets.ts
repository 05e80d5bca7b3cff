import type { ExistingSheet } from "../app/ports";
import type { ExcelRunner } from "./excelApi";
import { queueSheetList, readSheetList } from "./loadSheetList";

/**
 * Every sheet of the workbook, whether the add-in wrote it (its marker) and whether it is protected.
 * One sync.
 */
export function listSheets(run: ExcelRunner): Promise<ExistingSheet[]> {
  return run(async (context) => {
    const queued = queueSheetList(context);
    await context.sync();
    return readSheetList(queued).map(({ name, ownedByAddin, role, protected: isProtected }) => ({ name, ownedByAddin, role, protected: isProtected }));
  });
}
