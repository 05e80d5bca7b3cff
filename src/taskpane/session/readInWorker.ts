import type { CellValue } from "../../core/values";
import type { ReadProgress } from "../../xlsx/read/XlsxReader";
import { errorOfFailure, type ReaderRequest, type ReaderResponse } from "./readerMessages";
import type { WorkbookRead } from "./readWorkbookBytes";

/** The part of a Web Worker the reader uses, so tests can pass a fake. */
export interface ReaderWorkerPort {
  postMessage(message: ReaderRequest): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  addEventListener(type: "error" | "messageerror", listener: (event: { preventDefault(): void }) => void): void;
  terminate(): void;
}

/** Starts a reader worker; throws when the host has none (jsdom, old hosts). */
export type ReaderWorkerFactory = () => ReaderWorkerPort;

/** Rows read so far, for the progress line ("12,000 rows read"). */
export type RowsReadListener = (progress: { sheet: string; rowsRead: number }) => void;

function isResponse(data: unknown): data is ReaderResponse {
  return typeof data === "object" && data !== null && ["progress", "rows", "read", "failure"].includes((data as { kind?: unknown }).kind as string);
}

/**
 * Reads a workbook's bytes in a worker of its own, so a large file never holds the task pane's thread,
 * passing on rows read as they come. Without a worker factory, when no worker can start, or when it
 * fails before answering, the page reads the file itself (the same code, with the same progress). A
 * WorkbookFileError the reader throws is rethrown here as one.
 *
 * @example
 * // const read = await readInWorker(createReaderWorker, bytes, "audits.xlsx", (p) => show(p.rowsRead));
 */
export function readInWorker(createWorker: ReaderWorkerFactory | undefined, bytes: Uint8Array, fileName: string, onRows?: RowsReadListener): Promise<WorkbookRead> {
  const readHere = async (): Promise<WorkbookRead> => {
    // Loaded only when the page reads itself, so the reader stays out of the task pane's first download.
    const { readWorkbookBytes } = await import(/* webpackChunkName: "xlsx" */ "./readWorkbookBytes");
    return readWorkbookBytes(bytes, fileName, onRows === undefined ? undefined : (progress: ReadProgress) => onRows({ sheet: progress.sheet, rowsRead: progress.totalRowsRead }));
  };
  let worker: ReaderWorkerPort;
  try {
    if (createWorker === undefined) return readHere();
    worker = createWorker();
  } catch {
    return readHere();
  }
  return new Promise<WorkbookRead>((resolve, reject) => {
    let settled = false;
    // Each grid's rows, as their slices arrive (see readerMessages).
    const rows = new Map<number, CellValue[][]>();
    const finish = (outcome: () => WorkbookRead | Promise<WorkbookRead>): void => {
      if (settled) return;
      settled = true;
      worker.terminate();
      Promise.resolve().then(outcome).then(resolve, reject);
    };
    const fallBack = (event: { preventDefault(): void }): void => {
      // The worker's script did not load or run, or its answer could not be copied: the page reads.
      event.preventDefault();
      finish(readHere);
    };
    worker.addEventListener("message", (event) => {
      const data = event.data;
      if (!isResponse(data)) return finish(() => Promise.reject(new Error("the reader worker sent an unreadable answer")));
      if (data.kind === "progress") onRows?.({ sheet: data.sheet, rowsRead: data.rowsRead });
      else if (data.kind === "rows") {
        const held = rows.get(data.grid) ?? [];
        for (const row of data.values) held.push(row);
        rows.set(data.grid, held);
      } else if (data.kind === "read") finish(() => ({ ...data.read, grids: data.read.grids.map((grid, index) => ({ ...grid, values: rows.get(index) ?? [] })) }));
      else finish(() => Promise.reject(errorOfFailure(data)));
    });
    worker.addEventListener("error", fallBack);
    worker.addEventListener("messageerror", fallBack);
    try {
      worker.postMessage({ bytes, fileName });
    } catch {
      finish(readHere);
    }
  });
}
