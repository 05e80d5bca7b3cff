import type { SheetGrid } from "../../app/ports";
import type { CellValue } from "../../core/values";
import { analysisFromResponse } from "../analysis/analysisMessages";
import type { OpenedWorkbook, PackageProgress } from "./openedWorkbook";
import { errorOfFailure, type ReaderRequest, type ReaderResponse } from "./readerMessages";

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

const RESPONSE_KINDS: readonly string[] = ["progress", "opened", "failure", "rows", "grids", "analysis", "package-progress", "package", "request-failure"] satisfies ReaderResponse["kind"][];

function isResponse(data: unknown): data is ReaderResponse {
  return typeof data === "object" && data !== null && RESPONSE_KINDS.includes((data as { kind?: unknown }).kind as string);
}

/** A request waiting for the worker's answer, and how to make the answer on the page instead. */
interface Pending {
  hear(response: ReaderResponse): void;
  here(workbook: OpenedWorkbook): void;
}

/**
 * Opens a workbook's bytes in a worker of its own and keeps it there, so a large file never holds
 * the task pane's thread: the rows read are passed on as they come, and later the analysis and the
 * updated workbook are made in the worker from small requests, the grids never crossing to the page.
 * Without a worker factory, when no worker can start, or when it fails, the page does the work itself
 * (the same code, see openWorkbookHere), from the start or from the request the worker failed on. A
 * WorkbookFileError or SettingsError thrown in the worker is rethrown here as one.
 *
 * @example
 * // const opened = await openInWorker(createReaderWorker, bytes, "audits.xlsx", (p) => show(p.rowsRead));
 * // const analysis = await opened.analyse(opened.overview.sources, settings, options);
 */
export function openInWorker(createWorker: ReaderWorkerFactory | undefined, bytes: Uint8Array, fileName: string, onRows?: RowsReadListener): Promise<OpenedWorkbook> {
  const openHere = async (listener = onRows): Promise<OpenedWorkbook> => {
    // Loaded only when the page reads itself, so the reader stays out of the task pane's first download.
    const { openWorkbookHere } = await import(/* webpackChunkName: "xlsx" */ "./openWorkbookHere");
    return openWorkbookHere(bytes, fileName, listener);
  };
  let worker: ReaderWorkerPort;
  try {
    if (createWorker === undefined) return openHere();
    worker = createWorker();
  } catch {
    return openHere();
  }
  return new Promise<OpenedWorkbook>((resolveOpen, rejectOpen) => {
    let opening = true;
    let stopped = false;
    // Where requests go once the worker has failed: the page opens the file itself, once.
    let onPage: Promise<OpenedWorkbook> | null = null;
    const pending = new Map<number, Pending>();
    let nextId = 1;

    const stop = (): void => {
      if (stopped) return;
      stopped = true;
      worker.terminate();
    };
    const finishOpening = (outcome: () => OpenedWorkbook | Promise<OpenedWorkbook>): void => {
      if (!opening) return;
      opening = false;
      Promise.resolve().then(outcome).then(resolveOpen, rejectOpen);
    };
    const pageCopy = (): Promise<OpenedWorkbook> => (onPage ??= openHere(() => undefined));
    const fallBack = (event: { preventDefault(): void }): void => {
      // The worker's script did not load or run, or a message could not be copied: the page does the work.
      event.preventDefault();
      stop();
      if (opening) return finishOpening(() => openHere());
      const waiting = [...pending.values()];
      pending.clear();
      void pageCopy().then(
        (workbook) => waiting.forEach((request) => request.here(workbook)),
        (error: unknown) => waiting.forEach((request) => request.hear({ kind: "request-failure", id: 0, problem: null, message: error instanceof Error ? error.message : String(error) })),
      );
    };

    /** Sends a request, or makes its answer on the page when the worker has gone. */
    const ask = <T>(request: (id: number) => ReaderRequest, hear: (response: ReaderResponse, settle: { resolve(value: T): void; reject(error: unknown): void }) => void, here: (workbook: OpenedWorkbook) => Promise<T>): Promise<T> =>
      new Promise<T>((resolve, reject) => {
        if (stopped) {
          pageCopy().then(here).then(resolve, reject);
          return;
        }
        const id = nextId++;
        const done = <V>(settle: (value: V) => void) => (value: V) => {
          pending.delete(id);
          settle(value);
        };
        const settle = { resolve: done(resolve), reject: done(reject) };
        pending.set(id, {
          hear: (response) => (response.kind === "request-failure" ? settle.reject(errorOfFailure(response)) : hear(response, settle)),
          here: (workbook) => void here(workbook).then(resolve, reject),
        });
        worker.postMessage(request(id));
      });

    const workbookIn = (overview: OpenedWorkbook["overview"]): OpenedWorkbook => ({
      overview,
      get thread() {
        return onPage === null ? "worker" : "page";
      },
      grids: (sources) => {
        const rows = new Map<number, CellValue[][]>();
        return ask<SheetGrid[]>(
          (id) => ({ kind: "grids", id, sources: [...sources] }),
          (response, settle) => {
            if (response.kind === "rows") {
              const held = rows.get(response.grid) ?? [];
              for (const row of response.values) held.push(row);
              rows.set(response.grid, held);
            } else if (response.kind === "grids") settle.resolve(response.grids.map((grid, index) => ({ ...grid, values: rows.get(index) ?? [] })));
          },
          (workbook) => workbook.grids(sources),
        );
      },
      analyse: (sources, settings, options) =>
        ask(
          (id) => ({ kind: "analyse", id, sources: [...sources], settings, options }),
          (response, settle) => {
            if (response.kind !== "analysis") return;
            try {
              settle.resolve(analysisFromResponse(response.response));
            } catch (error) {
              settle.reject(error);
            }
          },
          (workbook) => workbook.analyse(sources, settings, options),
        ),
      buildPackage: (plans, separateName, onProgress?: (progress: PackageProgress) => void) =>
        ask<Uint8Array>(
          (id) => ({ kind: "package", id, plans: [...plans], separateName }),
          (response, settle) => {
            if (response.kind === "package-progress") onProgress?.(response.progress);
            else if (response.kind === "package") settle.resolve(response.bytes);
          },
          (workbook) => workbook.buildPackage(plans, separateName, onProgress),
        ),
      close: stop,
    });

    worker.addEventListener("message", (event) => {
      const data = event.data;
      if (!isResponse(data)) {
        if (opening) {
          stop();
          finishOpening(() => Promise.reject(new Error("the reader worker sent an unreadable answer")));
        }
        return;
      }
      switch (data.kind) {
        case "progress":
          onRows?.({ sheet: data.sheet, rowsRead: data.rowsRead });
          return;
        case "opened":
          return finishOpening(() => workbookIn(data.overview));
        case "failure":
          stop();
          return finishOpening(() => Promise.reject(errorOfFailure(data)));
        default:
          pending.get(data.id)?.hear(data);
      }
    });
    worker.addEventListener("error", fallBack);
    worker.addEventListener("messageerror", fallBack);
    try {
      worker.postMessage({ kind: "open", bytes, fileName });
    } catch {
      stop();
      finishOpening(() => openHere());
    }
  });
}
