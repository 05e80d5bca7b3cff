// A worker thread that scans segments of a sheet's rows for the command line (see
// workerSegmentScanners): it receives { index, rowsText } and answers with the segment's cells, their
// columns transferred rather than copied, or { index, error } when the segment is not well-formed.
import { parentPort, workerData } from "node:worker_threads";
import { scanSheetSegment, type SegmentContext } from "../read/sheetSegments";

const context = workerData as SegmentContext;

parentPort?.on("message", ({ index, rowsText }: { index: number; rowsText: string }) => {
  try {
    const cells = scanSheetSegment(index, rowsText, context);
    const columns = [cells.rows, cells.rowKnown, cells.columns, cells.kinds, cells.numbers];
    parentPort?.postMessage(cells, columns.map((column) => column.buffer as ArrayBuffer));
  } catch (error) {
    parentPort?.postMessage({ index, error: error instanceof Error ? error.message : String(error) });
  }
});
