import type ExcelJS from "exceljs";
import { addinMarker, type MarkedSheet } from "../../src/core/sheets/addinMarker";

/**
 * The sheets an ExcelJS workbook's markers (defined names) say the add-in wrote, limited to sheets that
 * exist. The marker format itself lives in core/sheets/addinMarker.
 *
 * @example
 * // markedSheets(workbook) // => [{ sheet: "Action Tracker", role: "action-tracker" }]
 */
export function markedSheets(workbook: ExcelJS.Workbook): MarkedSheet[] {
  const names = (workbook.definedNames.model as { name: string; ranges: string[] }[]).map((entry) => ({ name: entry.name, refersTo: entry.ranges[0] ?? "" }));
  const existing = new Set(workbook.worksheets.map((sheet) => sheet.name.toLowerCase()));
  return addinMarker.read(names).filter((marked) => existing.has(marked.sheet.toLowerCase()));
}
