import type { SheetGrid } from "../app/ports";
import type { CellValue } from "../core/values";
import type { ExcelContextApi, ExcelRunner } from "./excelApi";
import { isPayloadTooLarge } from "./excelErrorCode";
import { EXCEL_LIMITS } from "./excelLimits";
import type { GridSource } from "./gridSource";
import { packIntoSyncs } from "./packIntoSyncs";
import { planRowBlocks, type BlockBudgets, type RowBlock } from "./planRowBlocks";
import { sizeSources, type SizedSource } from "./sizeSources";

/** Budgets for reading; tests pass smaller ones to exercise splitting on small data. */
export interface ReadBudgets extends BlockBudgets {
  sampleRows: number;
}

const defaultReadBudgets: ReadBudgets = {
  rowsPerBlock: EXCEL_LIMITS.rowsPerBlock,
  cellsPerBlock: EXCEL_LIMITS.cellsPerBlock,
  payloadBudgetBytes: EXCEL_LIMITS.payloadBudgetBytes,
  sampleRows: EXCEL_LIMITS.sampleRows,
};

/** Without a sample to measure, assume this many bytes of JSON per cell (a date serial and a comma). */
const assumedBytesPerCell = 24;

interface BlockRequest {
  sourceIndex: number;
  block: RowBlock;
}

interface LoadedBlock {
  sourceIndex: number;
  start: number;
  values: unknown[][];
}

function jsonBytes(values: unknown): number {
  return JSON.stringify(values).length;
}

function estimateBytesPerRow(sample: unknown[][], columnCount: number): number {
  if (sample.length === 0) return columnCount * assumedBytesPerCell;
  return (jsonBytes(sample) / sample.length) * EXCEL_LIMITS.rowSizeSafetyFactor;
}

function splitRequests(batch: readonly BlockRequest[]): [BlockRequest[], BlockRequest[]] | null {
  if (batch.length > 1) {
    const middle = Math.ceil(batch.length / 2);
    return [batch.slice(0, middle), batch.slice(middle)];
  }
  const { sourceIndex, block } = batch[0];
  if (block.rowCount < 2) return null;
  const firstRows = Math.ceil(block.rowCount / 2);
  const bytesPerRow = block.bytes / block.rowCount;
  return [
    [{ sourceIndex, block: { start: block.start, rowCount: firstRows, bytes: firstRows * bytesPerRow } }],
    [{ sourceIndex, block: { start: block.start + firstRows, rowCount: block.rowCount - firstRows, bytes: (block.rowCount - firstRows) * bytesPerRow } }],
  ];
}

/**
 * One sync for one payload-sized batch of blocks. Excel refusing the batch as too large (the estimate
 * was wrong: a column of long comments below the sample) splits it in two and tries again.
 */
async function loadBatch(context: ExcelContextApi, sized: readonly SizedSource[], batch: readonly BlockRequest[]): Promise<LoadedBlock[]> {
  const ranges = batch.map(({ sourceIndex, block }) => {
    const source = sized[sourceIndex];
    const range = source.worksheet.getRangeByIndexes(source.rowIndex + block.start, source.columnIndex, block.rowCount, source.columnCount);
    range.load("values");
    return { sourceIndex, start: block.start, range };
  });
  try {
    await context.sync();
  } catch (error) {
    const halves = isPayloadTooLarge(error) ? splitRequests(batch) : null;
    if (halves === null) throw error;
    const first = await loadBatch(context, sized, halves[0]);
    const second = await loadBatch(context, sized, halves[1]);
    return [...first, ...second];
  }
  return ranges.map(({ sourceIndex, start, range }) => ({ sourceIndex, start, values: range.values }));
}

/** Syncs the batches one after another: each batch is one sync, by design (see packIntoSyncs). */
function loadBatches(context: ExcelContextApi, sized: readonly SizedSource[], batches: readonly BlockRequest[][]): Promise<LoadedBlock[]> {
  return batches.reduce<Promise<LoadedBlock[]>>(
    (previous, batch) => previous.then(async (loaded) => [...loaded, ...(await loadBatch(context, sized, batch))]),
    Promise.resolve([]),
  );
}

function toGrid(source: SizedSource, blocks: readonly LoadedBlock[]): SheetGrid {
  const rows: unknown[][] = [...source.sample];
  for (const block of [...blocks].sort((a, b) => a.start - b.start)) {
    for (const row of block.values) rows.push(row);
  }
  return {
    sheet: source.sheetName,
    table: source.source.kind === "table" ? source.source.table : null,
    firstRow: source.rowIndex + 1,
    firstColumn: source.columnIndex + 1,
    values: rows as CellValue[][],
    file: null,
  };
}

/**
 * Reads sheets (their used range) and tables (header row included) as grids of values, in row blocks
 * that stay under Excel's payload and cell limits. Only `values` and the range's position are loaded.
 *
 * Syncs: one for the sizes and a sample of each source, then one per payload-sized batch of blocks
 * (about 4 MB each). The count grows with the data's size in bytes and never with the number of
 * groups, sheets' contents or blocks. A 100,000-row, 12-column audit log takes 4 syncs.
 *
 * @throws WorkbookAccessError "sheet-not-found" / "table-not-found" when a source has gone.
 */
export async function readSourceGrids(run: ExcelRunner, sources: readonly GridSource[], budgets: ReadBudgets = defaultReadBudgets): Promise<SheetGrid[]> {
  if (sources.length === 0) return [];
  return run(async (context) => {
    const sized = await sizeSources(context, sources, budgets.sampleRows, budgets.sampleRows > 0);
    const requests: BlockRequest[] = sized.flatMap((source, sourceIndex) =>
      planRowBlocks(source.sample.length, source.rowCount, source.columnCount, estimateBytesPerRow(source.sample, source.columnCount), budgets).map((block) => ({
        sourceIndex,
        block,
      })),
    );
    const batches = packIntoSyncs(requests, budgets.payloadBudgetBytes, (request) => request.block.bytes);
    const loaded = await loadBatches(context, sized, batches);
    return sized.map((source, index) =>
      toGrid(
        source,
        loaded.filter((block) => block.sourceIndex === index),
      ),
    );
  });
}
