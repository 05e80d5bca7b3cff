import type { SheetGrid } from "../app/ports";
import type { CellValue } from "../core/values";
import type { ExcelRunner } from "./excelApi";
import type { GridSource } from "./gridSource";
import { sizeSources } from "./sizeSources";

/** The first rows of a source, and how large the whole source is. */
export interface SourcePreview {
  grid: SheetGrid;
  rowCount: number;
  columnCount: number;
}

/**
 * The first `rows` rows of every source (enough to find the header, propose column roles and show a
 * preview), with each source's full size. One sync, whatever the number of sources.
 */
export function readSourcePreviews(run: ExcelRunner, sources: readonly GridSource[], rows: number): Promise<SourcePreview[]> {
  if (sources.length === 0) return Promise.resolve([]);
  return run(async (context) => {
    const sized = await sizeSources(context, sources, rows, true);
    return sized.map((source) => ({
      grid: {
        sheet: source.sheetName,
        table: source.source.kind === "table" ? source.source.table : null,
        firstRow: source.rowIndex + 1,
        firstColumn: source.columnIndex + 1,
        values: source.sample as CellValue[][],
        file: null,
      },
      rowCount: source.rowCount,
      columnCount: source.columnCount,
    }));
  });
}
