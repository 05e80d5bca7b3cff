import type { ModelCell, SheetModel } from "../core/sheets/sheetModel";
import { TEXT_NUMBER_FORMAT } from "../core/sheets/modelCell";
import { EXCEL_LIMITS } from "./excelLimits";

/** A value as Office.js writes it; null leaves the cell untouched. */
export type OfficeCellValue = string | number | boolean | null;

/** A rectangle of rows to write with one `numberFormat` and one `values` assignment. */
export interface ValueBlock {
  /** 1-based row of the block's first row; blocks always start in column A. */
  top: number;
  width: number;
  values: OfficeCellValue[][];
  /** Set before the values, so that text stays text ("@") and dates show as dates. */
  numberFormats: (string | null)[][];
  /** False when every number format is null (nothing to send). */
  hasNumberFormats: boolean;
  /** JSON size of what the block sends. */
  bytes: number;
}

/** Excel's date format for a date cell whose style names none. */
const ukDateFormat = "dd/mm/yyyy";

function officeValue(cell: ModelCell | null): OfficeCellValue {
  if (cell === null) return null;
  const value = cell.value;
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if ("serialDate" in value) return value.serialDate;
  // Formulas are written after the values, cell by cell run (see modelFormulaRuns).
  return null;
}

function officeNumberFormat(cell: ModelCell | null): string | null {
  if (cell === null) return null;
  const value = cell.value;
  // A plain string is literal text (SheetModel's contract): the Text format keeps Excel from reading
  // "Jan 2026" as a date, "1/2" as a fraction or "=SUM(A1)" as a formula.
  if (typeof value === "string") return TEXT_NUMBER_FORMAT;
  if (value !== null && typeof value === "object" && "serialDate" in value) return cell.style?.numberFormat ?? ukDateFormat;
  return cell.style?.numberFormat ?? null;
}

/**
 * The model's cells as blocks of rows for Office.js, each within the row, cell and payload budgets.
 * Rows of different lengths are padded with null (left untouched).
 *
 * @example
 * modelValueBlocks({ ...model, cells: [[{ value: "Team" }, { value: 0.78, style: { numberFormat: "0%" } }]] })[0].numberFormats;
 * // => [["@", "0%"]]
 */
export function modelValueBlocks(
  model: Pick<SheetModel, "cells">,
  budgets: { rowsPerBlock: number; cellsPerBlock: number; payloadBudgetBytes: number } = EXCEL_LIMITS,
): ValueBlock[] {
  const width = Math.max(1, ...model.cells.map((row) => row.length));
  const rowsPerBlock = Math.max(1, Math.min(budgets.rowsPerBlock, Math.floor(budgets.cellsPerBlock / width)));
  const blocks: ValueBlock[] = [];
  let current: ValueBlock | null = null;
  model.cells.forEach((row, rowIndex) => {
    const values: OfficeCellValue[] = [];
    const formats: (string | null)[] = [];
    for (let column = 0; column < width; column++) {
      const cell = row[column] ?? null;
      values.push(officeValue(cell));
      formats.push(officeNumberFormat(cell));
    }
    const bytes = JSON.stringify(values).length + JSON.stringify(formats).length + 2;
    if (current !== null && (current.values.length >= rowsPerBlock || current.bytes + bytes > budgets.payloadBudgetBytes)) {
      blocks.push(current);
      current = null;
    }
    if (current === null) current = { top: rowIndex + 1, width, values: [], numberFormats: [], hasNumberFormats: false, bytes: 0 };
    current.values.push(values);
    current.numberFormats.push(formats);
    current.hasNumberFormats ||= formats.some((format) => format !== null);
    current.bytes += bytes;
  });
  if (current !== null) blocks.push(current);
  return blocks;
}
