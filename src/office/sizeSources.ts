import type { ExcelContextApi, RangeApi, WorksheetApi } from "./excelApi";
import { excelErrorCode } from "./excelErrorCode";
import type { GridSource } from "./gridSource";
import { WorkbookAccessError } from "./workbookAccessError";

/** A source's position and size, with its first rows already read. */
export interface SizedSource {
  source: GridSource;
  worksheet: WorksheetApi;
  sheetName: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  sample: unknown[][];
}

function rangeOf(context: ExcelContextApi, source: GridSource): { range: RangeApi; worksheet: WorksheetApi } {
  if (source.kind === "sheet") {
    const worksheet = context.workbook.worksheets.getItem(source.sheet);
    return { range: worksheet.getUsedRange(true), worksheet };
  }
  const table = context.workbook.tables.getItem(source.table);
  // `worksheet` is a navigation property: a proxy to queue loads on, not a value that needs loading.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  return { range: table.getRange(), worksheet: table.worksheet };
}

function notFound(source: GridSource, error: unknown): WorkbookAccessError {
  return source.kind === "sheet"
    ? new WorkbookAccessError("sheet-not-found", `The sheet "${source.sheet}" is no longer in this workbook.`, { sheet: source.sheet, excelCode: "ItemNotFound", cause: error })
    : new WorkbookAccessError("table-not-found", `The table "${source.table}" is no longer in this workbook.`, { excelCode: "ItemNotFound", cause: error });
}

/**
 * First sync: the size and position of every source, and its first rows (to measure how many bytes a
 * row of this data takes). The sample is the intersection of the source with the rows below its first
 * cell, so it is computed by Excel in the same batch as the size.
 */
export async function sizeSources(context: ExcelContextApi, sources: readonly GridSource[], sampleRows: number, withSample: boolean): Promise<SizedSource[]> {
  const queued = sources.map((source) => {
    const { range, worksheet } = rangeOf(context, source);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    worksheet.load("name");
    const sample = withSample ? range.getIntersectionOrNullObject(range.getCell(0, 0).getEntireRow().getResizedRange(sampleRows - 1, 0)) : null;
    if (sample !== null) sample.load("values");
    return { source, range, worksheet, sample };
  });
  try {
    await context.sync();
  } catch (error) {
    if (excelErrorCode(error) === "ItemNotFound") throw notFoundAmong(sources, error);
    // A sample reaching past the last row of the sheet, or too wide to read at once: size without it.
    if (withSample) return sizeSources(context, sources, sampleRows, false);
    throw error;
  }
  return queued.map(({ source, range, worksheet, sample }) => ({
    source,
    worksheet,
    sheetName: worksheet.name,
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
    sample: sample === null || sample.isNullObject ? [] : sample.values,
  }));
}

function notFoundAmong(sources: readonly GridSource[], error: unknown): WorkbookAccessError {
  return sources.length === 1 ? notFound(sources[0], error) : new WorkbookAccessError("sheet-not-found", "A sheet or table chosen for the analysis is no longer in this workbook.", { excelCode: "ItemNotFound", cause: error });
}

