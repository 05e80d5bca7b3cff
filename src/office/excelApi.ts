// The small part of the Excel JavaScript API the adapter uses, as structural types. Excel's own
// `Excel.RequestContext` satisfies them (officeExcelRunner checks that at compile time), and the
// recording fake in test/office/fakeExcel.ts implements them, so the adapter is tested without Excel.
// Enumerations take Excel's own enum types (`ExcelEnum<Excel.ChartType>`: the enum or any of its string
// values), so a misspelt value fails the type check, and the API-set gate (test/office/apiSetGate.test.ts)
// can find the requirement set of every enum value the adapter writes.

/** One of an Office.js string enum's members or its string value ("Line" for Excel.ChartType.line). */
export type ExcelEnum<E extends string> = E | `${E}`;

/** An object whose properties must be loaded and synced before they are read. */
export interface Loadable<Self> {
  load(propertyNames: string): Self;
}

/** An object that may come back as Excel's "null object" from a `...OrNullObject` call. */
export interface NullableObject {
  readonly isNullObject: boolean;
}

export interface RangeFontApi {
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
}

export interface RangeFillApi {
  color: string;
}

export interface RangeBorderApi {
  style: ExcelEnum<Excel.BorderLineStyle>;
  color: string;
}

export interface RangeFormatApi {
  font: RangeFontApi;
  fill: RangeFillApi;
  wrapText: boolean;
  horizontalAlignment: ExcelEnum<Excel.HorizontalAlignment>;
  verticalAlignment: ExcelEnum<Excel.VerticalAlignment>;
  columnWidth: number;
  rowHeight: number;
  borders: { getItem(index: ExcelEnum<Excel.BorderIndex>): RangeBorderApi };
}

export interface ConditionalRangeFormatApi {
  fill: RangeFillApi;
  font: { bold: boolean; color: string };
}

export interface CellValueRuleApi {
  formula1: string;
  formula2?: string;
  operator: ExcelEnum<Excel.ConditionalCellValueOperator>;
}

export interface ColorCriterionApi {
  type: ExcelEnum<Excel.ConditionalFormatColorCriterionType>;
  formula?: string;
  color?: string;
}

export interface IconCriterionApi {
  type: ExcelEnum<Excel.ConditionalFormatIconRuleType>;
  operator: ExcelEnum<Excel.ConditionalIconCriterionOperator>;
  formula: string;
}

export interface DataBarRuleApi {
  type: ExcelEnum<Excel.ConditionalFormatRuleType>;
  formula?: string;
}

export interface ConditionalFormatApi {
  readonly cellValue: { format: ConditionalRangeFormatApi; rule: CellValueRuleApi };
  readonly custom: { format: ConditionalRangeFormatApi; readonly rule: { formula: string } };
  readonly colorScale: { criteria: { minimum: ColorCriterionApi; midpoint?: ColorCriterionApi; maximum: ColorCriterionApi } };
  readonly dataBar: {
    readonly positiveFormat: { fillColor: string };
    lowerBoundRule: DataBarRuleApi;
    upperBoundRule: DataBarRuleApi;
  };
  /** The first criterion is always empty: the lowest icon applies below the second's threshold. */
  readonly iconSet: { style: ExcelEnum<Excel.IconSet>; reverseIconOrder: boolean; showIconOnly: boolean; criteria: Partial<IconCriterionApi>[] };
}

export interface DataValidationApi {
  rule: { list?: { inCellDropDown: boolean; source: unknown } };
  ignoreBlanks: boolean;
  errorAlert: { message: string; showAlert: boolean; style: ExcelEnum<Excel.DataValidationAlertStyle>; title: string };
  clear(): void;
}

export interface RangeApi extends Loadable<RangeApi>, NullableObject {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  columnHidden: boolean;
  readonly format: RangeFormatApi;
  readonly conditionalFormats: { add(type: ExcelEnum<Excel.ConditionalFormatType>): ConditionalFormatApi; clearAll(): void };
  readonly dataValidation: DataValidationApi;
  /** Empties the range: "All" takes values, formats, hyperlinks and notes; "Contents" only values. */
  clear(applyTo?: ExcelEnum<Excel.ClearApplyTo>): void;
  unmerge(): void;
  getCell(row: number, column: number): RangeApi;
  getEntireRow(): RangeApi;
  getEntireColumn(): RangeApi;
  getResizedRange(deltaRows: number, deltaColumns: number): RangeApi;
  getIntersectionOrNullObject(anotherRange: RangeApi | string): RangeApi;
  merge(across?: boolean): void;
  select(): void;
}

export interface TableApi extends Loadable<TableApi> {
  name: string;
  style: string;
  showFilterButton: boolean;
  showBandedRows: boolean;
  readonly worksheet: WorksheetApi;
  getRange(): RangeApi;
  /** Keeps the cells and their values; only the table goes. */
  convertToRange(): RangeApi;
}

export interface TableCollectionApi extends Loadable<TableCollectionApi> {
  readonly items: TableApi[];
  /**
   * Pass the owning sheet's range, never a bare address: Excel resolves an address with no sheet name
   * against the active sheet, whichever collection it is called on (the fake does the same).
   */
  add(address: RangeApi | string, hasHeaders: boolean): TableApi;
  getItem(key: string): TableApi;
}

export interface ChartSeriesApi {
  name: string;
  setValues(sourceData: RangeApi): void;
  setXAxisValues(sourceData: RangeApi): void;
  readonly format: { readonly line: { color: string; lineStyle: ExcelEnum<Excel.ChartLineStyle> } };
}

export interface ChartApi {
  name: string;
  readonly title: { text: string };
  readonly legend: { position: ExcelEnum<Excel.ChartLegendPosition>; visible: boolean };
  readonly axes: { readonly valueAxis: { numberFormat: string } };
  readonly series: { add(name?: string): ChartSeriesApi; getItemAt(index: number): ChartSeriesApi };
  /** Ranges of the chart's sheet, as for tables. */
  setPosition(startCell: RangeApi | string, endCell?: RangeApi | string): void;
  delete(): void;
}

export interface ChartCollectionApi extends Loadable<ChartCollectionApi> {
  readonly items: ChartApi[];
  add(type: ExcelEnum<Excel.ChartType>, sourceData: RangeApi, seriesBy?: ExcelEnum<Excel.ChartSeriesBy>): ChartApi;
}

export interface WorksheetApi extends Loadable<WorksheetApi>, NullableObject {
  name: string;
  position: number;
  visibility: ExcelEnum<Excel.SheetVisibility>;
  tabColor: string;
  readonly protection: { readonly protected: boolean };
  readonly tables: TableCollectionApi;
  readonly charts: ChartCollectionApi;
  readonly freezePanes: { freezeRows(count?: number): void; freezeColumns(count?: number): void; freezeAt(frozenRange: string): void };
  getRange(address?: string): RangeApi;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeApi;
  /** The used range; the top-left cell A1 when the sheet is blank (never a null object). */
  getUsedRange(valuesOnly?: boolean): RangeApi;
  activate(): void;
  delete(): void;
}

export interface WorksheetCollectionApi extends Loadable<WorksheetCollectionApi> {
  readonly items: WorksheetApi[];
  add(name?: string): WorksheetApi;
  getItem(key: string): WorksheetApi;
  getItemOrNullObject(key: string): WorksheetApi;
}

export interface NamedItemApi {
  readonly name: string;
  /** "='Action Tracker'!$A$1" */
  readonly formula: unknown;
  delete(): void;
}

export interface NamedItemCollectionApi extends Loadable<NamedItemCollectionApi> {
  readonly items: NamedItemApi[];
  add(name: string, reference: RangeApi | string, comment?: string): NamedItemApi;
  getItem(name: string): NamedItemApi;
}

export interface WorkbookApi {
  readonly worksheets: WorksheetCollectionApi;
  readonly tables: TableCollectionApi;
  readonly names: NamedItemCollectionApi;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
}

/** What a batch receives: Excel's request context, as far as the adapter uses it. */
export interface ExcelContextApi {
  readonly workbook: WorkbookApi;
  readonly runtime: { enableEvents: boolean };
  sync(): Promise<unknown>;
}

/** Runs a batch against the workbook: `Excel.run` inside Excel, the recording fake in tests. */
export type ExcelRunner = <T>(batch: (context: ExcelContextApi) => Promise<T>) => Promise<T>;

/**
 * The runner that reaches the real workbook: the one place in the code base that calls `Excel.run`.
 * The assignment below is also the compile-time proof that Excel's request context provides every
 * member of the small API above.
 */
export function officeExcelRunner(): ExcelRunner {
  return <T>(batch: (context: ExcelContextApi) => Promise<T>): Promise<T> =>
    Excel.run((context: Excel.RequestContext) => {
      const api: ExcelContextApi = context;
      return batch(api);
    });
}
