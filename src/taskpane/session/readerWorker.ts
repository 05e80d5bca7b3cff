// The reader worker's script: webpack bundles it, with the streaming reader, the analysis and the
// package writer, as a chunk of its own (see createReaderWorker.ts). It opens the file it is sent,
// posting rows read as it goes, keeps it, and answers the page's requests (serveReaderRequests).
import { browserSegmentScanners } from "./browserSegmentScanners";
import { createSegmentWorker } from "./createSegmentWorker";
import type { ReaderRequest } from "./readerMessages";
import { serveReaderRequests, type PostToPage } from "./serveReaderRequests";

/** The part of a dedicated worker's global scope used here (the project's types describe a window). */
interface ReaderWorkerScope {
  addEventListener(type: "message", listener: (event: MessageEvent<ReaderRequest>) => void): void;
  postMessage(message: Parameters<PostToPage>[0], transfer: Transferable[]): void;
}

const scope = self as unknown as ReaderWorkerScope;
// A large sheet's rows are scanned by segment workers of this worker's own (see browserSegmentScanners).
const answer = serveReaderRequests((message, transfer = []) => scope.postMessage(message, transfer), { scanners: browserSegmentScanners(createSegmentWorker) });
scope.addEventListener("message", (event) => answer(event.data));
