import { readFileSync } from "node:fs";
import path from "node:path";
import { readerFailure, readMessages, ROWS_PER_MESSAGE, type ReaderResponse } from "../../src/taskpane/session/readerMessages";
import { readInWorker, type ReaderWorkerPort } from "../../src/taskpane/session/readInWorker";
import { readWorkbookBytes } from "../../src/taskpane/session/readWorkbookBytes";
import { WorkbookFileError } from "../../src/xlsx/workbookFileError";
import { minimalXlsx, rowXml } from "../xlsx/fixtures/minimalXlsx";
import { structuredCopy } from "./fixtures/structuredCopy";

const samplePath = path.join(__dirname, "../../assets/samples/recovery-audits.xlsx");
const longBook = minimalXlsx({ sheets: [{ name: "Log", body: `<sheetData>${Array.from({ length: 12_000 }, (_, i) => rowXml(i + 1, [i])).join("")}</sheetData>` }] });

/**
 * A stand-in for the reader worker that runs the worker's own steps (readWorkbookBytes, then the
 * messages it posts) on later turns, every message copied as postMessage copies it.
 */
function fakeReaderWorker(behaviour: "read" | "fail-to-start"): { worker: ReaderWorkerPort; terminated: () => boolean } {
  let terminated = false;
  const listeners = new Map<string, ((event: never) => void)[]>();
  const emit = (type: string, event: object): void => void setTimeout(() => (listeners.get(type) ?? []).forEach((listener) => (listener as (event: object) => void)(event)), 0);
  const post = (response: ReaderResponse): void => emit("message", { data: structuredCopy(response) });
  const worker: ReaderWorkerPort = {
    postMessage(message) {
      if (behaviour === "fail-to-start") return emit("error", { preventDefault: () => undefined });
      const { bytes, fileName } = structuredCopy(message);
      readWorkbookBytes(bytes, fileName, (p) => post({ kind: "progress", sheet: p.sheet, rowsRead: p.totalRowsRead })).then(
        (read) => readMessages(read).forEach(post),
        (error: unknown) => post(readerFailure(error)),
      );
    },
    addEventListener(type: string, listener: (event: never) => void) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    terminate() {
      terminated = true;
    },
  };
  return { worker, terminated: () => terminated };
}

describe("readInWorker", () => {
  it("reads in the worker, passing on rows read, and stops the worker when done", async () => {
    const fake = fakeReaderWorker("read");
    const rows: number[] = [];
    const read = await readInWorker(() => fake.worker, longBook, "log.xlsx", (p) => rows.push(p.rowsRead));
    expect(rows).toEqual([10_000, 12_000]);
    expect(read.grids[0].values).toHaveLength(12_000);
    expect(fake.terminated()).toBe(true);
  });

  it("sends a grid's rows in slices small enough to copy without holding the page", async () => {
    const messages = readMessages(await readWorkbookBytes(longBook, "log.xlsx"));
    // 12,000 rows in slices of 2,000, then the read itself with its grid emptied.
    expect(messages.map((m) => m.kind)).toEqual([...Array(12_000 / ROWS_PER_MESSAGE).fill("rows"), "read"]);
    expect(messages.at(-1)).toMatchObject({ kind: "read", read: { grids: [{ sheet: "Log", values: [] }] } });
  });

  it("gives the sample's sheets, tables and hidden sheets as the page would read them", async () => {
    const bytes = new Uint8Array(readFileSync(samplePath));
    const inWorker = await readInWorker(() => fakeReaderWorker("read").worker, bytes, "recovery-audits.xlsx");
    expect(inWorker).toEqual(await readWorkbookBytes(bytes, "recovery-audits.xlsx"));
  });

  it("rethrows the reader's WorkbookFileError as one", async () => {
    const error = await readInWorker(() => fakeReaderWorker("read").worker, new TextEncoder().encode("Team,Score"), "notes.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect(error).toMatchObject({ problem: "not-xlsx" });
  });

  it("reads on the page when the worker cannot start or fails before answering", async () => {
    const rows: number[] = [];
    const noWorker = await readInWorker(() => {
      throw new Error("no Worker here");
    }, longBook, "log.xlsx", (p) => rows.push(p.rowsRead));
    expect(noWorker.grids[0].values).toHaveLength(12_000);
    expect(rows).toEqual([10_000, 12_000]);
    const failed = await readInWorker(() => fakeReaderWorker("fail-to-start").worker, longBook, "log.xlsx");
    expect(failed.grids[0].values).toHaveLength(12_000);
  });
});
