import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { SegmentScannerFactory } from "../read/readSheetCellsInSegments";
import { segmentScannerPool, type SegmentAnswer } from "../read/segmentScannerPool";

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
 * Segment scanners on worker threads (see segmentScannerPool) for readSheetCellsInSegments: the
 * command line reads a large sheet's rows on every core. The workers end when the sheet is read.
 *
 * @example
 * // await readSheetCellsInSegments(pkg, part, context, { scanners: workerSegmentScanners() });
 */
export function workerSegmentScanners(maximumWorkers = 4): SegmentScannerFactory {
  return (context) => {
    const script = workerScript();
    return segmentScannerPool(context, availableParallelism(), maximumWorkers, (_at, onAnswer, onStop) => {
      const worker = new Worker(script.file, { workerData: context, execArgv: script.execArgv });
      worker.on("message", (answer: SegmentAnswer) => onAnswer(answer));
      worker.on("error", onStop);
      return { send: (index, rowsText) => worker.postMessage({ index, rowsText }), terminate: () => void worker.terminate() };
    });
  };
}
