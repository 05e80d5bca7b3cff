import type { ExistingSheet } from "../app/ports";

/** A sheet of the workbook with the size of its used range. */
export interface SheetSource extends ExistingSheet {
  visible: boolean;
  /** "A1:K1200" (the used range, values only); "A1" for a blank sheet. */
  address: string;
  rowCount: number;
  columnCount: number;
  /** True when the used range is a single cell: a blank sheet (Excel reports A1), or next to it. */
  blank: boolean;
}

/** An Excel table with its size (header row included). */
export interface TableSource {
  name: string;
  sheet: string;
  address: string;
  rowCount: number;
  columnCount: number;
}

/** Everything the Source step lists: the sheets and the tables, with their sizes. */
export interface WorkbookSources {
  sheets: SheetSource[];
  tables: TableSource[];
}
