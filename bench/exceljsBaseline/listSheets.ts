import type ExcelJS from "exceljs";
import type { ExistingSheet } from "../../src/app/ports";
import { markedSheets } from "./markedSheets";

/**
 * Every sheet of an ExcelJS workbook in tab order, with whether the add-in wrote it (its marker), its
 * role, and whether it is protected.
 *
 * @example
 * // listSheets(workbook) // => [{ name: "Audits", ownedByAddin: false, role: null, protected: false }, ...]
 */
export function listSheets(workbook: ExcelJS.Workbook): ExistingSheet[] {
  const marked = markedSheets(workbook);
  return workbook.worksheets.map((sheet) => {
    const mark = marked.find((m) => m.sheet.toLowerCase() === sheet.name.toLowerCase());
    const protection = (sheet as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
    return { name: sheet.name, ownedByAddin: mark !== undefined, role: mark?.role ?? null, protected: protection?.sheet === true };
  });
}
