// The .xlsx adapter, loaded only when the page runs outside Office: webpack puts everything behind
// these dynamic imports into a separate chunk, so the add-in's own bundle stays small. ExcelJS is not
// among them: the browser reads with the streaming reader and writes with the package writer.

/** What the browser mode needs from src/xlsx. */
export interface XlsxAdapter {
  XlsxWorkbook: typeof import("../../xlsx/XlsxWorkbook").XlsxWorkbook;
  tableGrid: typeof import("../../xlsx/tableGrid").tableGrid;
  writeOutputPackage: typeof import("../../xlsx/write/writeOutputPackage").writeOutputPackage;
  createPlans: typeof import("../../xlsx/write/writeOutputPackage").createPlans;
  minimalPackage: typeof import("../../xlsx/write/minimalPackage").minimalPackage;
}

let loading: Promise<XlsxAdapter> | null = null;

/** Loads the .xlsx adapter once; later calls share the same promise. */
export function loadXlsxAdapter(): Promise<XlsxAdapter> {
  loading ??= Promise.all([
    import(/* webpackChunkName: "xlsx" */ "../../xlsx/XlsxWorkbook"),
    import(/* webpackChunkName: "xlsx" */ "../../xlsx/tableGrid"),
    import(/* webpackChunkName: "xlsx" */ "../../xlsx/write/writeOutputPackage"),
    import(/* webpackChunkName: "xlsx" */ "../../xlsx/write/minimalPackage"),
  ]).then(([workbookModule, tableModule, writerModule, minimalModule]) => ({
    XlsxWorkbook: workbookModule.XlsxWorkbook,
    tableGrid: tableModule.tableGrid,
    writeOutputPackage: writerModule.writeOutputPackage,
    createPlans: writerModule.createPlans,
    minimalPackage: minimalModule.minimalPackage,
  }));
  return loading;
}
