// The ExcelJS adapter and ExcelJS itself, loaded only when the page runs outside Office: webpack puts
// everything behind these dynamic imports into a separate chunk, so the add-in's own bundle stays small.

/** What the browser mode needs from src/xlsx and ExcelJS. */
export interface XlsxAdapter {
  XlsxWorkbook: typeof import("../../xlsx/XlsxWorkbook").XlsxWorkbook;
  tableGrid: typeof import("../../xlsx/tableGrid").tableGrid;
  newExcelJsWorkbook(): import("exceljs").Workbook;
}

let loading: Promise<XlsxAdapter> | null = null;

/** Loads the ExcelJS adapter once; later calls share the same promise. */
export function loadXlsxAdapter(): Promise<XlsxAdapter> {
  loading ??= Promise.all([
    import(/* webpackChunkName: "xlsx" */ "../../xlsx/XlsxWorkbook"),
    import(/* webpackChunkName: "xlsx" */ "../../xlsx/tableGrid"),
    import(/* webpackChunkName: "xlsx" */ "exceljs"),
  ]).then(([workbookModule, tableModule, excelJs]) => {
    const ExcelJS = (excelJs as unknown as { default?: typeof import("exceljs") }).default ?? excelJs;
    return {
      XlsxWorkbook: workbookModule.XlsxWorkbook,
      tableGrid: tableModule.tableGrid,
      newExcelJsWorkbook: () => new ExcelJS.Workbook(),
    };
  });
  return loading;
}
