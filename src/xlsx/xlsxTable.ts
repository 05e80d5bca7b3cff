import type { CellRange } from "../core/sheets/sheetModel";

/** An Excel table in an .xlsx file: its name, the sheet it is on and the cells it covers. */
export interface XlsxTable {
  name: string;
  sheet: string;
  /** Header, body and any totals row, as the file records the table's reference. */
  range: CellRange;
}
