import type { WorkbookAnalysis } from "../../core/compare";
import { analysisFromResponse, type AnalysisRequest } from "./analysisMessages";
import { yieldToBrowser } from "./yieldToBrowser";

/** Where an analysis ran: in the analysis worker, or on the task pane's own thread. */
export type AnalysisThread = "worker" | "page";

/** The part of a Web Worker the analysis uses, so tests can pass a fake. */
export interface AnalysisWorkerPort {
  postMessage(message: AnalysisRequest): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  addEventListener(type: "error" | "messageerror", listener: (event: { preventDefault(): void }) => void): void;
  terminate(): void;
}

/** Starts an analysis worker; throws when the host has none (jsdom, old hosts). */
export type AnalysisWorkerFactory = () => AnalysisWorkerPort;

/** An analysis and the thread that made it. */
export interface ThreadedAnalysis {
  analysis: WorkbookAnalysis;
  thread: AnalysisThread;
}

/** The analysis on the page's thread, with yields around it so the progress shows first. */
export async function analyseOnPage(analyse: () => WorkbookAnalysis): Promise<ThreadedAnalysis> {
  await yieldToBrowser();
  const analysis = analyse();
  await yieldToBrowser();
  return { analysis, thread: "page" };
}

/**
 * Runs an analysis in a worker of its own, so a large workbook never holds the task pane's thread
 * (Office restarts an add-in unresponsive for five seconds). When no worker can start, or it fails before
 * answering, the analysis runs on the page instead. An error the analysis itself throws is rethrown here.
 */
export function analyseInWorker(createWorker: AnalysisWorkerFactory, request: AnalysisRequest, analyseHere: () => WorkbookAnalysis): Promise<ThreadedAnalysis> {
  let worker: AnalysisWorkerPort;
  try {
    worker = createWorker();
  } catch {
    // No Worker in this host, or the browser refused to start one: the page does the work.
    return analyseOnPage(analyseHere);
  }
  return new Promise<ThreadedAnalysis>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => ThreadedAnalysis | Promise<ThreadedAnalysis>) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      Promise.resolve().then(outcome).then(resolve, reject);
    };
    const fallBack = (event: { preventDefault(): void }) => {
      // The worker's script did not load or run, or its answer could not be copied: not the
      // analysis's fault, so the page makes it and reports any error of its own.
      event.preventDefault();
      finish(() => analyseOnPage(analyseHere));
    };
    worker.addEventListener("message", (event) => finish(() => ({ analysis: analysisFromResponse(event.data), thread: "worker" })));
    worker.addEventListener("error", fallBack);
    worker.addEventListener("messageerror", fallBack);
    try {
      worker.postMessage(request);
    } catch {
      finish(() => analyseOnPage(analyseHere));
    }
  });
}
