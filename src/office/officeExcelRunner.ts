import type { ExcelContextApi, ExcelRunner } from "./excelApi";

/**
 * The runner that reaches the real workbook: the one place in the code base that calls `Excel.run`.
 * The assignment below is also the compile-time proof that Excel's request context provides every
 * member of the small API in excelApi.ts.
 */
export function officeExcelRunner(): ExcelRunner {
  return <T>(batch: (context: ExcelContextApi) => Promise<T>): Promise<T> =>
    Excel.run((context: Excel.RequestContext) => {
      const api: ExcelContextApi = context;
      return batch(api);
    });
}
