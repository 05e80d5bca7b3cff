import { analyseWorkbook } from "../../app/analyseWorkbook";
import { answerAnalysisRequest } from "../analysis/analysisMessages";
import type { OpenedWorkbook } from "./openedWorkbook";
import { gridMessages, readerFailure, type ReaderRequest, type ReaderResponse } from "./readerMessages";
import { openWorkbookHere } from "./openWorkbookHere";
import type { XlsxReaderOptions } from "../../xlsx/read/XlsxReader";

/** Posts a message to the page, moving (not copying) the buffers listed. */
export type PostToPage = (message: ReaderResponse, transfer?: Transferable[]) => void;

/**
 * The reader worker's side of readerMessages: opens the file it is sent and keeps it, then answers
 * each request from it. Runs in the reader worker (readerWorker.ts); tests run it in a fake worker.
 *
 * @example
 * // const answer = serveReaderRequests((message) => self.postMessage(message));
 * // self.addEventListener("message", (event) => answer(event.data));
 */
export function serveReaderRequests(post: PostToPage, segments?: XlsxReaderOptions["segments"]): (request: ReaderRequest) => void {
  let opened: Promise<OpenedWorkbook> | null = null;
  const answer = async (request: Exclude<ReaderRequest, { kind: "open" }>, workbook: OpenedWorkbook): Promise<void> => {
    switch (request.kind) {
      case "grids":
        gridMessages(request.id, await workbook.grids(request.sources)).forEach((message) => post(message));
        return;
      case "analyse": {
        const grids = await workbook.grids(request.sources);
        post({ kind: "analysis", id: request.id, response: answerAnalysisRequest({ grids, settings: request.settings, options: request.options }, analyseWorkbook) });
        return;
      }
      case "package": {
        const bytes = await workbook.buildPackage(request.plans, request.separateName, (progress) => post({ kind: "package-progress", id: request.id, progress }));
        post({ kind: "package", id: request.id, bytes }, [bytes.buffer as ArrayBuffer]);
        return;
      }
    }
  };
  return (request) => {
    if (request.kind === "open") {
      opened = openWorkbookHere(request.bytes, request.fileName, ({ sheet, rowsRead }) => post({ kind: "progress", sheet, rowsRead }), "worker", segments);
      opened.then(
        (workbook) => post({ kind: "opened", overview: workbook.overview }),
        (error: unknown) => post({ kind: "failure", ...readerFailure(error) }),
      );
      return;
    }
    if (opened === null) {
      post({ kind: "request-failure", id: request.id, problem: null, message: "the reader worker has no workbook open" });
      return;
    }
    opened.then((workbook) => answer(request, workbook)).catch((error: unknown) => post({ kind: "request-failure", id: request.id, ...readerFailure(error) }));
  };
}
