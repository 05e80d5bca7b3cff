// The analysis worker's script: webpack bundles it, with the core it needs, as a chunk of its own
// (see createAnalysisWorker.ts). It answers each request with the analysis or its error as data.
import { analyseWorkbook } from "../../app/analyseWorkbook";
import { answerAnalysisRequest, type AnalysisRequest, type AnalysisResponse } from "./analysisMessages";

/** The part of a dedicated worker's global scope used here (the project's types describe a window). */
interface AnalysisWorkerScope {
  addEventListener(type: "message", listener: (event: MessageEvent<AnalysisRequest>) => void): void;
  postMessage(message: AnalysisResponse): void;
}

const scope = self as unknown as AnalysisWorkerScope;
scope.addEventListener("message", (event) => scope.postMessage(answerAnalysisRequest(event.data, analyseWorkbook)));
