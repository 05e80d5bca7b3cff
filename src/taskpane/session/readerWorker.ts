// The reader worker's script: webpack bundles it, with the streaming reader, as a chunk of its own (see
// createReaderWorker.ts). It reads the file it is sent, posting rows read as it goes, then the result.
import { readerFailure, readMessages, type ReaderRequest, type ReaderResponse } from "./readerMessages";
import { readWorkbookBytes } from "./readWorkbookBytes";

/** The part of a dedicated worker's global scope used here (the project's types describe a window). */
interface ReaderWorkerScope {
  addEventListener(type: "message", listener: (event: MessageEvent<ReaderRequest>) => void): void;
  postMessage(message: ReaderResponse): void;
}

const scope = self as unknown as ReaderWorkerScope;
scope.addEventListener("message", (event) => {
  const { bytes, fileName } = event.data;
  readWorkbookBytes(bytes, fileName, (progress) => scope.postMessage({ kind: "progress", sheet: progress.sheet, rowsRead: progress.totalRowsRead })).then(
    (read) => readMessages(read).forEach((message) => scope.postMessage(message)),
    (error: unknown) => scope.postMessage(readerFailure(error)),
  );
});
