// The description of one sheet the add-in writes. Builders in this folder produce it from the analysis;
// the ExcelJS adapter (src/xlsx) and the Office.js adapter (src/office) render it and decide nothing.
import type { ExcelSerialDate } from "../values";
import type { SheetMarker } from "./addinMarker";
import type { SheetRole } from "./sheetRoles";

/**
 * A cell's value. A plain string is always literal text, never a formula, whatever it starts with:
 * renderers write it as an explicit string (ExcelJS: a shared string; Office.js: with the "@" number
 * format set first). Formulas are only ever `{ formula }`, and the add-in never builds one from text
 * read out of a workbook.
 */
export type ModelCellValue =
  | string
  | number
  | boolean
  | null
  | { serialDate: ExcelSerialDate }
  | { formula: string; result?: string | number | boolean };

export const HORIZONTAL_ALIGNMENTS = ["left", "center", "right"] as const;
export type HorizontalAlignment = (typeof HORIZONTAL_ALIGNMENTS)[number];
export const VERTICAL_ALIGNMENTS = ["top", "middle", "bottom"] as const;
export type VerticalAlignment = (typeof VERTICAL_ALIGNMENTS)[number];

/** Colours are six hex digits, "RRGGBB", without "#". */
export type HexColour = string;

/** How one cell looks. Builders share style objects, so renderers may group cells by style. */
export interface CellStyle {
  /** Excel number format: "0%", "dd/mm/yyyy", "@" (text)... */
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  fill?: HexColour;
  fontColour?: HexColour;
  wrap?: boolean;
  horizontal?: HorizontalAlignment;
  vertical?: VerticalAlignment;
  /** A thin line under the cell (header rows). */
  bottomBorder?: boolean;
}

export interface ModelCell {
  value: ModelCellValue;
  style?: CellStyle;
}

/** A rectangle of cells, 1-based and inclusive, like Excel's A1:C3. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ColumnSpec {
  /** 1-based column number. */
  column: number;
  /** Width in Excel's character units. */
  width: number;
  hidden?: boolean;
}

export interface TableSpec {
  /** Unique in the workbook, no spaces ("CQC_ActionTracker"). */
  name: string;
  /** The whole table, header row included. */
  range: CellRange;
  /** Filter buttons on the header row. */
  showFilterButtons: boolean;
  /** A built-in table style ("TableStyleMedium2"). */
  style: string;
  showRowStripes: boolean;
}

/** The fill and font a conditional-format rule applies. */
export interface ConditionalStyle {
  fill?: HexColour;
  fontColour?: HexColour;
  bold?: boolean;
}

export const CELL_IS_OPERATORS = ["lessThan", "lessThanOrEqual", "greaterThan", "greaterThanOrEqual", "equal", "notEqual", "between"] as const;
export type CellIsOperator = (typeof CELL_IS_OPERATORS)[number];

export const ICON_SETS = ["3Arrows", "3TrafficLights1", "3Symbols", "3Flags"] as const;
export type IconSetName = (typeof ICON_SETS)[number];

/** A threshold of a colour scale, data bar or icon set. */
export interface ScalePoint {
  type: "min" | "max" | "number" | "percentile";
  value?: number;
}

export type ConditionalRule =
  | { kind: "cell-is"; operator: CellIsOperator; formulae: string[]; style: ConditionalStyle }
  /** A formula relative to the top-left cell of the range, without "=" ("$N5=\"Below target\""). */
  | { kind: "expression"; formula: string; style: ConditionalStyle }
  | { kind: "colour-scale"; points: { at: ScalePoint; colour: HexColour }[] }
  | { kind: "data-bar"; colour: HexColour; min: ScalePoint; max: ScalePoint }
  /** The first icon is for the lowest values; thresholds are where the 2nd and 3rd icons start. */
  | { kind: "icon-set"; iconSet: IconSetName; thresholds: [ScalePoint, ScalePoint]; reverse: boolean; showValue: boolean };

export interface ConditionalFormatSpec {
  range: CellRange;
  rules: ConditionalRule[];
}

/** A dropdown list on a range. */
export interface ListValidationSpec {
  range: CellRange;
  values: readonly string[];
  allowBlank: boolean;
  /** Shown when a typed value is not in the list. */
  errorMessage: string;
}

/**
 * Making Data Count's reading of a chart's first series: the rows holding its mean and process limits
 * for every period (drawn as flat lines), and each point's SPC label, one per category (null where the
 * series has no point), so each point takes its colour (improvement blue, concern orange, common cause grey).
 */
export interface ChartSpcLines {
  mean: CellRange;
  upperLimit: CellRange;
  lowerLimit: CellRange;
  pointLabels: (string | null)[];
}

/**
 * A line chart of one or more series against the target, drawn by both adapters: Office.js through
 * its chart API, the .xlsx writer as a native chart part (with the SPC lines when given).
 */
export interface LineChartSpec {
  title: string;
  /** Where the chart sits. */
  anchor: CellRange;
  /** One row of period labels. */
  categories: CellRange;
  series: { name: string; values: CellRange }[];
  /** A row holding the target for every period, drawn as a flat line; null without a target. */
  target: { name: string; values: CellRange } | null;
  /** The value axis number format ("0%"). */
  valueFormat: string;
  /** The first series' mean, process limits and point labels, or absent without SPC. */
  spc?: ChartSpcLines;
}

/**
 * Everything about one sheet the add-in writes: cells, formats, merged ranges, column widths, frozen
 * panes, tables, conditional formats, dropdowns and charts, plus the marker that identifies it.
 *
 * @example
 * const empty: SheetModel = {
 *   name: "Assurance Summary", role: "assurance-summary",
 *   marker: { role: "assurance-summary", definedName: "CQCRecovery_assurance_summary", refersTo: "'Assurance Summary'!$A$1" },
 *   cells: [[{ value: "Assurance Summary" }]], merges: [], columns: [], frozen: { rows: 0, columns: 0 },
 *   tables: [], conditionalFormats: [], validations: [], charts: [], tabColour: null,
 * };
 * empty.cells[0][0]?.value; // => "Assurance Summary"
 */
export interface SheetModel {
  name: string;
  role: SheetRole;
  marker: SheetMarker;
  /** Rows of cells from A1; null is an empty cell. Rows may differ in length. */
  cells: (ModelCell | null)[][];
  merges: CellRange[];
  columns: ColumnSpec[];
  frozen: { rows: number; columns: number };
  tables: TableSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  validations: ListValidationSpec[];
  charts: LineChartSpec[];
  tabColour: HexColour | null;
  /** Row heights in points by 1-based row number, for rows whose wrapped text needs more than one line. */
  rowHeights?: Record<number, number>;
}
