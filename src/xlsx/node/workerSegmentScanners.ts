import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { SegmentScanner, SegmentScannerFactory } from "../read/readSheetCellsInSegments";
import { scanSheetSegment, type SegmentCells, type SegmentContext } from "../read/sheetSegments";

type Answer = SegmentCells | { index: number; error: string };

/**
 * The worker script beside this module: the compiled .js in lib/, or, when this module runs as
 * TypeScript (ts-node, jest), the .ts source loaded through ts-node in the worker.
 */
function workerScript(): { file: string; execArgv: string[] } {
  const compiled = path.join(__dirname, "segmentWorker.js");
  if (existsSync(compiled)) return { file: compiled, execArgv: [] };
  return { file: path.join(__dirname, "segmentWorker.ts"), execArgv: ["--require", "ts-node/register/transpile-only"] };
}

/**
 * Segment scanners on worker threads for readSheetCellsInSegments: the command line reads a large
 * sheet's rows on every core. The main thread inflates the sheet, cuts it and puts the cells back in
 * order, which takes about a third of one core; so there is one worker per core but one, and where
 * that leaves a single worker (two cores) the main thread scans every third segment itself rather than
 * start a second worker to compete with it. Each other segment goes to the worker with the fewest
 * waiting; the workers end when the sheet is read.
 *
 * @example
 * // await readSheetCellsInSegments(pkg, part, context, { scanners: workerSegmentScanners() });
 */
export function workerSegmentScanners(maximumWorkers = 4): SegmentScannerFactory {
  return (context: SegmentContext): SegmentScanner => {
    const script = workerScript();
    const cores = availableParallelism();
    const count = Math.max(1, Math.min(maximumWorkers, cores - 1));
    // With one worker, the main thread takes every third segment (its own work is about a third of a core).
    const localEvery = count === 1 ? 3 : 0;
    const pending = new Map<number, { resolve: (cells: SegmentCells) => void; reject: (error: Error) => void }>();
    const load = Array<number>(count).fill(0);
    const workers = Array.from({ length: count }, (_, at) => {
      const worker = new Worker(script.file, { workerData: context, execArgv: script.execArgv });
      worker.on("message", (answer: Answer) => {
        load[at] -= 1;
        const waiting = pending.get(answer.index);
        pending.delete(answer.index);
        if ("error" in answer) waiting?.reject(new Error(answer.error));
        else waiting?.resolve(answer);
      });
      worker.on("error", (error) => {
        for (const waiting of pending.values()) waiting.reject(error);
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
          workers[at].postMessage({ index, rowsText });
        }),
      close: () => {
        for (const worker of workers) void worker.terminate();
      },
    };
  };
}
