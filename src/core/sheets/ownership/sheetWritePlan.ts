import type { DefinedNameEntry } from "../addinMarker";
import type { CellRange, CellStyle, ColumnSpec, ModelCellValue, SheetModel } from "../sheetModel";

/**
 * One cell the add-in writes on a sheet it is refreshing. `style: null` writes the value only and keeps
 * the cell's present format (a user's bold, fill or font stays); a partial style sets only the
 * properties it names (a date in a cell that had none gets "dd/mm/yyyy").
 */
export interface CellWrite {
  /** 1-based sheet row. */
  row: number;
  /** 1-based sheet column. */
  column: number;
  value: ModelCellValue;
  style: CellStyle | null;
}

/**
 * What an adapter does to one of our sheets, decided in the core so the Office.js and .xlsx adapters
 * carry out the same plan:
 * - `create`: the sheet is not in the workbook: write the whole model (first write).
 * - `refresh`: the sheet is ours and in the workbook: empty the `clear` ranges (values, formats,
 *   merges; last run's blocks), then make the `writes`. Nothing else of the sheet changes except the
 *   model's tables, conditional formats, validations and charts, which replace ours (tables by name;
 *   conditional formats and validations where they fall inside our blocks or columns; charts of ours),
 *   the `columns` widths (only columns the add-in adds), and the frozen panes. A user's cells outside
 *   our blocks, their formulas, links, notes, formats, extra rows and columns stay as they are.
 * Both kinds write `names` (replacing any of ours with the same name) and delete `staleNames`.
 */
export type SheetWritePlan =
  | { kind: "create"; model: SheetModel; names: DefinedNameEntry[]; staleNames: string[] }
  | {
      kind: "refresh";
      /** The model, placed where the rows are on the existing sheet (tables, formats, validations, charts). */
      model: SheetModel;
      clear: CellRange[];
      writes: CellWrite[];
      columns: ColumnSpec[];
      names: DefinedNameEntry[];
      staleNames: string[];
    };
