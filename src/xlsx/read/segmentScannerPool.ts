import type { SegmentScanner } from "./readSheetCellsInSegments";
import { scanSheetSegment, type SegmentCells, type SegmentContext } from "./sheetSegments";

/** What a segment worker answers: the segment's cells, or why it could not scan them. */
export type SegmentAnswer = SegmentCells | { index: number; error: string };

/** One started worker, as the pool sees it: a way to send it a segment, and to end it. */
export interface SegmentChannel {
  send(index: number, rowsText: string): void;
  terminate(): void;
}

/** Starts worker `at`, wiring its answers and its failure to the pool. */
export type StartSegmentWorker = (at: number, onAnswer: (answer: SegmentAnswer) => void, onStop: (error: Error) => void) => SegmentChannel;

/**
 * A SegmentScanner over workers of any kind (worker threads on the command line, Web Workers in the
 * browser): one worker per core but one, since the thread that unpacks the sheet and puts its cells
 * back in order needs about a third of a core; where that leaves a single worker (two cores), the
 * unpacking thread scans every third segment itself rather than start a second worker to compete
 * with it. Each other segment goes to the worker with the fewest waiting; a worker that stops
 * rejects the segments it holds.
 *
 * @example
 * // segmentScannerPool(context, availableParallelism(), 4, (at, onAnswer, onStop) => ...)
 */
export function segmentScannerPool(context: SegmentContext, cores: number, maximumWorkers: number, start: StartSegmentWorker): SegmentScanner {
  const count = Math.max(1, Math.min(maximumWorkers, cores - 1));
  const localEvery = count === 1 ? 3 : 0;
  const pending = new Map<number, { resolve: (cells: SegmentCells) => void; reject: (error: Error) => void }>();
  const load = Array<number>(count).fill(0);
  const workers = Array.from({ length: count }, (_, at) =>
    start(
      at,
      (answer) => {
        load[at] -= 1;
        const waiting = pending.get(answer.index);
        pending.delete(answer.index);
        if ("error" in answer) waiting?.reject(new Error(answer.error));
        else waiting?.resolve(answer);
      },
      (error) => {
        for (const waiting of pending.values()) waiting.reject(error);
        pending.clear();
      },
    ),
  );
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
        workers[at].send(index, rowsText);
      }),
    close: () => workers.forEach((worker) => worker.terminate()),
  };
}
