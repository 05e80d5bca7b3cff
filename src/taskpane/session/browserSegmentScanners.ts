import type { SegmentScannerFactory } from "../../xlsx/read/readSheetCellsInSegments";
import { segmentScannerPool, type SegmentAnswer } from "../../xlsx/read/segmentScannerPool";
import type { SegmentContext } from "../../xlsx/read/sheetSegments";

export type { SegmentAnswer } from "../../xlsx/read/segmentScannerPool";

/** What the reader worker sends a segment worker. */
export interface SegmentJob {
  index: number;
  rowsText: string;
  context: SegmentContext;
}

/** The part of a Worker used here, so that tests can give a fake one. */
export interface SegmentWorker {
  postMessage(job: SegmentJob): void;
  addEventListener(type: "message", listener: (event: MessageEvent<SegmentAnswer>) => void): void;
  addEventListener(type: "error", listener: (event: Event) => void): void;
  terminate(): void;
}

export type SegmentWorkerFactory = () => SegmentWorker;

/**
 * Segment scanners for the browser's reader worker (see segmentScannerPool): a large sheet's rows are
 * scanned by Web Workers of its own while it unpacks the sheet, as the command line does with worker
 * threads. A worker that fails rejects its segments, and the reader then reads the sheet whole.
 *
 * @example
 * // XlsxReader.open(bytes, name, { segments: { scanners: browserSegmentScanners(createSegmentWorker) } });
 */
export function browserSegmentScanners(createWorker: SegmentWorkerFactory, cores = globalThis.navigator?.hardwareConcurrency ?? 2, maximumWorkers = 4): SegmentScannerFactory {
  return (context) =>
    segmentScannerPool(context, cores, maximumWorkers, (_at, onAnswer, onStop) => {
      const worker = createWorker();
      worker.addEventListener("message", ({ data }) => onAnswer(data));
      worker.addEventListener("error", () => onStop(new Error("a segment worker stopped")));
      return { send: (index, rowsText) => worker.postMessage({ index, rowsText, context }), terminate: () => worker.terminate() };
    });
}
