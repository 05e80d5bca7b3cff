import type { ExcelRunner } from "./excelApi";

/**
 * Shows a cell to the user: activates its sheet and selects it ("F17" or "F17:F20"), so a problem
 * found in the data can be fixed where it is. One sync.
 */
export function selectCell(run: ExcelRunner, sheet: string, address: string): Promise<void> {
  return run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  });
}
