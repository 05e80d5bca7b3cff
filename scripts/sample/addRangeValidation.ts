import type ExcelJS from "exceljs";

/** The part of ExcelJS's worksheet validation store that its type declarations leave out. */
interface WorksheetWithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/**
 * Adds one data validation over a whole range, as Excel itself stores it. Setting
 * `cell.dataValidation` cell by cell makes ExcelJS 4.4 merge the cells into ranges after sorting their
 * addresses as text ("E10" before "E5"), which writes overlapping ranges that Excel may offer to repair.
 */
export function addRangeValidation(sheet: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation): void {
  (sheet as unknown as WorksheetWithValidations).dataValidations.add(range, validation);
}
