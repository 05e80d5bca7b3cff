// A worker the reader worker starts to scan segments of a large sheet's rows (see
// browserSegmentScanners): it receives { index, rowsText, context } and answers with the segment's
// cells, their columns moved rather than copied, or { index, error } when the segment is not
// well-formed. webpack bundles it as a chunk of its own (see createSegmentWorker.ts).
import { scanSheetSegment, type SegmentContext } from "../../xlsx/read/sheetSegments";
import type { SegmentAnswer, SegmentJob } from "./browserSegmentScanners";

/** The part of a dedicated worker's global scope used here (the project's types describe a window). */
interface SegmentWorkerScope {
  addEventListener(type: "message", listener: (event: MessageEvent<SegmentJob>) => void): void;
  postMessage(message: SegmentAnswer, transfer?: Transferable[]): void;
}

const scope = self as unknown as SegmentWorkerScope;
scope.addEventListener("message", ({ data }) => {
  try {
    const cells = scanSheetSegment(data.index, data.rowsText, data.context as SegmentContext);
    const columns = [cells.rows, cells.rowKnown, cells.columns, cells.kinds, cells.numbers];
    scope.postMessage(cells, columns.map((column) => column.buffer as ArrayBuffer));
  } catch (error) {
    scope.postMessage({ index: data.index, error: error instanceof Error ? error.message : String(error) });
  }
});
