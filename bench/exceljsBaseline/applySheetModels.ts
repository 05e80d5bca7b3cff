import type ExcelJS from "exceljs";
import { addinMarker } from "../../src/core/sheets/addinMarker";
import type { SheetModel } from "../../src/core/sheets/sheetModel";
import { listSheets } from "./listSheets";
import { renderSheetModel } from "./renderSheetModel";
import { WorkbookFileError } from "../../src/xlsx/workbookFileError";

/** ExcelJS keeps a sheet's tab position in orderNo, which its types do not declare. */
type Ordered = { orderNo: number };

function removeOurNames(workbook: ExcelJS.Workbook): void {
  const names = workbook.definedNames.model as { name: string; ranges: string[] }[];
  for (const entry of names) {
    if (!addinMarker.isMarkerName(entry.name)) continue;
    for (const range of entry.ranges) workbook.definedNames.remove(range, entry.name);
  }
}

/**
 * Writes sheet models into an ExcelJS workbook: a sheet the add-in wrote before (found by its marker)
 * is replaced in the same tab position; a new one is added at the end; a sheet the user made is never
 * touched. Everything is checked before anything changes, so a clash with a user's sheet or a protected
 * sheet of ours leaves the workbook as it was. Then the markers are rewritten: one defined name per
 * role, pointing at A1 of its sheet (see core/sheets/addinMarker). `file` names the workbook in messages.
 *
 * Throws WorkbookFileError "name-clash" or "protected-sheet".
 *
 * @example
 * // applySheetModels(workbook, models, "audits.xlsx")
 */
export function applySheetModels(workbook: ExcelJS.Workbook, models: readonly SheetModel[], file: string): void {
  const sheets = listSheets(workbook);
  const replaced: ExcelJS.Worksheet[] = [];
  for (const model of models) {
    const sameName = sheets.find((s) => s.name.toLowerCase() === model.name.toLowerCase());
    if (sameName !== undefined && !sameName.ownedByAddin) {
      throw new WorkbookFileError("name-clash", `${file} already has a sheet called "${sameName.name}" that the add-in did not write, so it was left alone and nothing was written.`);
    }
    for (const own of sheets.filter((s) => s.ownedByAddin && (s.role === model.role || s.name.toLowerCase() === model.name.toLowerCase()))) {
      if (own.protected) {
        throw new WorkbookFileError("protected-sheet", `The sheet "${own.name}" in ${file} is protected, so it cannot be updated. Unprotect it (Review > Unprotect Sheet) and run again; nothing was written.`);
      }
      const worksheet = workbook.getWorksheet(own.name);
      if (worksheet !== undefined && !replaced.includes(worksheet)) replaced.push(worksheet);
    }
  }
  const positions = new Map<string, number>();
  for (const worksheet of replaced) {
    const role = sheets.find((s) => s.name === worksheet.name)?.role;
    if (role !== null && role !== undefined) positions.set(role, (worksheet as unknown as Ordered).orderNo);
    workbook.removeWorksheet(worksheet.id);
  }
  removeOurNames(workbook);
  for (const model of models) {
    const worksheet = renderSheetModel(workbook, model);
    const position = positions.get(model.role);
    if (position !== undefined) (worksheet as unknown as Ordered).orderNo = position;
    workbook.definedNames.add(model.marker.refersTo, model.marker.definedName);
  }
}
