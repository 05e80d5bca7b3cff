import type { SheetModel } from "../core/sheets/sheetModel";

/** Formulas in consecutive cells of one row, written with one `formulas` assignment. */
export interface FormulaRun {
  /** 1-based row and first column. */
  row: number;
  column: number;
  /** Each starting with "=". */
  formulas: string[];
}

/**
 * The model's formula cells, grouped into runs along each row. `rewrite` lets the writer point
 * references to sheets it is replacing at the new sheets (see writeSheetModels).
 *
 * @example
 * modelFormulaRuns({ cells: [[{ value: { formula: "CQC.VARIATION(Audits[Score],Audits[Team])" } }]] })[0].formulas; // => ["=CQC.VARIATION(Audits[Score],Audits[Team])"]
 */
export function modelFormulaRuns(model: Pick<SheetModel, "cells">, rewrite: (formula: string) => string = (formula) => formula): FormulaRun[] {
  const runs: FormulaRun[] = [];
  model.cells.forEach((row, rowIndex) => {
    let current: FormulaRun | null = null;
    row.forEach((cell, columnIndex) => {
      const value = cell?.value;
      const isFormula = value !== null && value !== undefined && typeof value === "object" && "formula" in value;
      if (!isFormula) {
        current = null;
        return;
      }
      const text = "=" + rewrite(value.formula.replace(/^=/, ""));
      if (current === null) {
        current = { row: rowIndex + 1, column: columnIndex + 1, formulas: [] };
        runs.push(current);
      }
      current.formulas.push(text);
    });
  });
  return runs;
}
