import type { ExcelRunner } from "./excelApi";
import { queueSheetList, readSheetList } from "./loadSheetList";
import type { WorkbookSources } from "./workbookSources";

/**
 * The workbook's sheets and tables with their sizes, for the Source step. Two syncs whatever the
 * number of sheets and tables: one for the lists, one for every size at once.
 */
export function listWorkbookSources(run: ExcelRunner): Promise<WorkbookSources> {
  return run(async (context) => {
    const queued = queueSheetList(context);
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();

    const sheetList = readSheetList(queued);
    const usedRanges = queued.worksheets.items.map((worksheet) => {
      const range = worksheet.getUsedRange(true);
      range.load("address,rowCount,columnCount");
      return range;
    });
    const tableRanges = tables.items.map((table) => {
      table.worksheet.load("name");
      const range = table.getRange();
      range.load("address,rowCount,columnCount");
      return { table, range };
    });
    await context.sync();

    return {
      sheets: sheetList.map((sheet, index) => {
        const range = usedRanges[index];
        return {
          name: sheet.name,
          ownedByAddin: sheet.ownedByAddin,
          role: sheet.role,
          protected: sheet.protected,
          visible: sheet.visible,
          address: range.address.replace(/^.*!/, ""),
          rowCount: range.rowCount,
          columnCount: range.columnCount,
          blank: range.rowCount === 1 && range.columnCount === 1,
        };
      }),
      tables: tableRanges.map(({ table, range }) => ({
        name: table.name,
        sheet: table.worksheet.name,
        address: range.address.replace(/^.*!/, ""),
        rowCount: range.rowCount,
        columnCount: range.columnCount,
      })),
    };
  });
}
