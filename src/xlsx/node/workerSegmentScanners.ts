import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { SegmentScanner, SegmentScannerFactory } from "../read/readSheetCellsInSegments";
import type { SegmentCells, SegmentContext } from "../read/sheetSegments";

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
 * Segment scanners on worker threads, one per core (at most `maximumWorkers`), for
 * readSheetCellsInSegments: the command line reads a large sheet's rows on every core while the main
 * thread inflates it. Each segment goes to the worker with the fewest waiting; the workers end when
 * the sheet is read.
 *
 * @example
 * // await readSheetCellsInSegments(pkg, part, context, { scanners: workerSegmentScanners() });
 */
export function workerSegmentScanners(maximumWorkers = 4): SegmentScannerFactory {
  return (context: SegmentContext): SegmentScanner => {
    const script = workerScript();
    const count = Math.max(1, Math.min(maximumWorkers, availableParallelism()));
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
      parallel: count,
      scan: (index, rowsText) =>
        new Promise<SegmentCells>((resolve, reject) => {
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
