// Ports: what the use cases need from a workbook, whoever holds it (Excel through Office.js, or an
// .xlsx file through ExcelJS). Adapters implement these; the use cases and the core never see a host.
import type { CellValue } from "../core/values";
import type { SheetWritePlan } from "../core/sheets/ownership/sheetWritePlan";
import type { DefinedNameEntry } from "../core/sheets/addinMarker";

/** A rectangle of cell values read from a sheet or table, and where it sits. */
export interface SheetGrid {
  sheet: string;
  /** The Excel table's name when the grid is a table, else null. */
  table: string | null;
  /** Spreadsheet row number (1-based) of values[0]. */
  firstRow: number;
  /** Spreadsheet column number (1-based) of values[n][0]. */
  firstColumn: number;
  values: CellValue[][];
  /** File the grid came from (command line), or null inside Excel. */
  file: string | null;
}

/** A sheet already in the workbook, and whether this add-in wrote it. */
export interface ExistingSheet {
  name: string;
  /** True when the sheet carries the add-in's marker (see core/sheets/addinMarker). */
  ownedByAddin: boolean;
  /** The role of the add-in sheet ("team-comparison", "action-tracker"...) when owned. */
  role: string | null;
  protected: boolean;
}

/** Reads audit data from the workbook. */
export interface AuditSourceReader {
  listSheets(): Promise<ExistingSheet[]>;
  readGrids(sheetNames: string[]): Promise<SheetGrid[]>;
}

/** Writes the add-in's own sheets; never touches a sheet the user made. */
export interface OutputSheetWriter {
  /** Values of an add-in sheet already in the workbook (to merge the Action Tracker), or null. */
  readOwnSheet(name: string): Promise<CellValue[][] | null>;
  /**
   * The workbook's defined names of ours (every name starting "CQCRecovery_"), as Excel now has them:
   * the markers and the ownership names that record which cells of our sheets are ours
   * (core/sheets/ownership). A name whose cells were deleted refers to #REF!.
   */
  readOwnNames(): Promise<DefinedNameEntry[]>;
  /**
   * Carries out the core's write plans (core/sheets/ownership): creates our sheets that are not there,
   * refreshes ours in place (our cells only); on failure nothing is left half-written.
   */
  writeSheets(plans: readonly SheetWritePlan[]): Promise<void>;
}
