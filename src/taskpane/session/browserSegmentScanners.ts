import type { SegmentScanner, SegmentScannerFactory } from "../../xlsx/read/readSheetCellsInSegments";
import { scanSheetSegment, type SegmentCells, type SegmentContext } from "../../xlsx/read/sheetSegments";

/** What the reader worker sends a segment worker. */
export interface SegmentJob {
  index: number;
  rowsText: string;
  context: SegmentContext;
}

/** What a segment worker answers: the segment's cells, or why it could not scan them. */
export type SegmentAnswer = SegmentCells | { index: number; error: string };

/** The part of a Worker used here, so that tests can give a fake one. */
export interface SegmentWorker {
  postMessage(job: SegmentJob): void;
  addEventListener(type: "message", listener: (event: MessageEvent<SegmentAnswer>) => void): void;
  addEventListener(type: "error", listener: (event: Event) => void): void;
  terminate(): void;
}

export type SegmentWorkerFactory = () => SegmentWorker;

/**
 * Segment scanners for the browser's reader worker: a large sheet's rows are scanned by workers of its
 * own while it unpacks the sheet, as the command line does with worker threads
 * (src/xlsx/node/workerSegmentScanners). One worker per core but one (the reader worker is busy
 * unpacking and putting cells back); with a single one, the reader worker scans every third segment
 * itself. A worker that fails rejects its segments, and the reader then reads the sheet whole.
 *
 * @example
 * // XlsxReader.open(bytes, name, { segments: { scanners: browserSegmentScanners(createSegmentWorker) } });
 */
export function browserSegmentScanners(createWorker: SegmentWorkerFactory, cores = globalThis.navigator?.hardwareConcurrency ?? 2, maximumWorkers = 4): SegmentScannerFactory {
  return (context: SegmentContext): SegmentScanner => {
    const count = Math.max(1, Math.min(maximumWorkers, cores - 1));
    const localEvery = count === 1 ? 3 : 0;
    const pending = new Map<number, { resolve: (cells: SegmentCells) => void; reject: (error: Error) => void }>();
    const load = Array<number>(count).fill(0);
    const workers = Array.from({ length: count }, (_, at) => {
      const worker = createWorker();
      worker.addEventListener("message", ({ data }) => {
        load[at] -= 1;
        const waiting = pending.get(data.index);
        pending.delete(data.index);
        if ("error" in data) waiting?.reject(new Error(data.error));
        else waiting?.resolve(data);
      });
      worker.addEventListener("error", () => {
        for (const waiting of pending.values()) waiting.reject(new Error("a segment worker stopped"));
        pending.clear();
      });
      return worker;
    });
    return {
      parallel: count + (localEvery > 0 ? 1 : 0),
      scan: (index, rowsText) =>
        new Promise<SegmentCells>((resolve, reject) => {
          if (localEvery > 0 && index % localEvery === localEvery - 1) {
            resolve(scanSheetSegment(index, rowsText, context));
            return;
          }
          pending.set(index, { resolve, reject });
          const at = load.indexOf(Math.min(...load));
          load[at] += 1;
          workers[at].postMessage({ index, rowsText, context });
        }),
      close: () => workers.forEach((worker) => worker.terminate()),
    };
  };
}
