import { readFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import path from "node:path";
import { analyseWorkbook, SettingsError } from "../../src/app/analyseWorkbook";
import { buildOutputSheets } from "../../src/core/sheets/buildOutputSheets";
import { openInWorker, type ReaderWorkerPort } from "../../src/taskpane/session/openInWorker";
import { openWorkbookHere } from "../../src/taskpane/session/openWorkbookHere";
import { gridMessages, type ReaderRequest } from "../../src/taskpane/session/readerMessages";
import { serveReaderRequests } from "../../src/taskpane/session/serveReaderRequests";
import { WorkbookFileError } from "../../src/xlsx/workbookFileError";
import { minimalXlsx, rowXml } from "../xlsx/fixtures/minimalXlsx";
import { structuredCopy } from "./fixtures/structuredCopy";

const samplePath = path.join(__dirname, "../../assets/samples/recovery-audits.xlsx");
const longBook = minimalXlsx({ sheets: [{ name: "Log", body: `<sheetData>${Array.from({ length: 12_000 }, (_, i) => rowXml(i + 1, [i])).join("")}</sheetData>` }] });

type Behaviour = "serve" | "fail-to-start" | "fail-after-opening";

/**
 * A stand-in for the reader worker that runs the worker's own code (serveReaderRequests) on later
 * turns, every message copied as postMessage copies it; it records the requests it was sent.
 */
function fakeReaderWorker(behaviour: Behaviour): { worker: ReaderWorkerPort; requests: ReaderRequest["kind"][]; terminated: () => boolean } {
  let terminated = false;
  const requests: ReaderRequest["kind"][] = [];
  const listeners = new Map<string, ((event: never) => void)[]>();
  const emit = (type: string, event: object): void => void setTimeout(() => (listeners.get(type) ?? []).forEach((listener) => (listener as (event: object) => void)(event)), 0);
  const answer = serveReaderRequests((message) => emit("message", { data: structuredCopy(message) }));
  const worker: ReaderWorkerPort = {
    postMessage(message) {
      requests.push(message.kind);
      if (behaviour === "fail-to-start" || (behaviour === "fail-after-opening" && message.kind !== "open")) return emit("error", { preventDefault: () => undefined });
      answer(structuredCopy(message));
    },
    addEventListener(type: string, listener: (event: never) => void) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    terminate() {
      terminated = true;
    },
  };
  return { worker, requests, terminated: () => terminated };
}

const settings = { asOf: 46112 };

describe("openInWorker", () => {
  it("opens in the worker, passing on rows read, and keeps the worker until closed", async () => {
    const fake = fakeReaderWorker("serve");
    const rows: number[] = [];
    const opened = await openInWorker(() => fake.worker, longBook, "log.xlsx", (p) => rows.push(p.rowsRead));
    expect(rows).toEqual([10_000, 12_000]);
    expect(opened.thread).toBe("worker");
    expect(opened.overview.sources).toEqual([{ name: "Log", kind: "sheet", sheet: "Log", rowCount: 12_000, columnCount: 1, hidden: false }]);
    // Only the first rows cross to the page with the overview.
    expect(opened.overview.previews[0].values).toHaveLength(60);
    expect(fake.terminated()).toBe(false);
    expect((await opened.grids(opened.overview.sources))[0].values).toHaveLength(12_000);
    opened.close();
    expect(fake.terminated()).toBe(true);
  });

  it("sends a grid's rows in slices small enough to copy without holding the page", async () => {
    const opened = await openWorkbookHere(longBook, "log.xlsx");
    const messages = gridMessages(7, await opened.grids(opened.overview.sources));
    // 12,000 rows in slices of 2,000, then the grids themselves emptied.
    expect(messages.map((m) => m.kind)).toEqual([...Array(6).fill("rows"), "grids"]);
    expect(messages.at(-1)).toMatchObject({ kind: "grids", id: 7, grids: [{ sheet: "Log", values: [] }] });
  });

  it("analyses the sample in the worker as the page would, sending no grid", async () => {
    const bytes = new Uint8Array(readFileSync(samplePath));
    const fake = fakeReaderWorker("serve");
    const inWorker = await openInWorker(() => fake.worker, bytes, "recovery-audits.xlsx");
    const here = await openWorkbookHere(bytes, "recovery-audits.xlsx");
    expect(inWorker.overview).toEqual(here.overview);
    const sources = inWorker.overview.sources;
    expect(await inWorker.analyse(sources, settings, {})).toEqual(analyseWorkbook(await here.grids(sources), settings, {}));
    expect(fake.requests).toEqual(["open", "analyse"]);
  });

  it("builds the updated workbook in the worker, reporting its steps", async () => {
    const bytes = new Uint8Array(readFileSync(samplePath));
    const opened = await openInWorker(() => fakeReaderWorker("serve").worker, bytes, "recovery-audits.xlsx");
    const analysis = await opened.analyse(opened.overview.sources, settings, {});
    const { plans } = buildOutputSheets(analysis, { existingSheets: [], existingActionTracker: null });
    const steps: string[] = [];
    const built = await opened.buildPackage(plans, "recovery-audits.assurance.xlsx", (p) => steps.push(`${p.done} of ${p.total}: ${p.stage}`));
    expect(steps).toEqual([expect.stringMatching(/^1 of 3: Adding the four sheets to recovery-audits\.xlsx \([\d.]+ MB\)$/), expect.stringMatching(/^2 of 3: Handing over the updated workbook \([\d.]+ MB\)$/)]);
    // A zip: its first local file header.
    expect(Array.from(built.slice(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it("downloads a workbook of our sheets alone when the workbook's structure is protected", async () => {
    // Excel's Protect Workbook (lockStructure): no sheet can be added, so the user's file is left whole.
    const parts = unzipSync(new Uint8Array(readFileSync(samplePath)));
    parts["xl/workbook.xml"] = strToU8(strFromU8(parts["xl/workbook.xml"]).replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>'));
    const opened = await openInWorker(() => fakeReaderWorker("serve").worker, zipSync(parts), "recovery-audits.xlsx");
    expect(opened.overview.structureProtected).toBe(true);
    const { plans } = buildOutputSheets(await opened.analyse(opened.overview.sources, settings, {}), { existingSheets: [], existingActionTracker: null });
    const built = unzipSync(await opened.buildPackage(plans, "recovery-audits.assurance.xlsx"));
    const sheets = [...strFromU8(built["xl/workbook.xml"]).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((match) => match[1]);
    expect(sheets).toEqual(["Team Comparison Tracker", "Action Tracker", "Location Assurance Dashboard", "Assurance Summary"]);
  });

  it("rethrows the reader's WorkbookFileError and the analysis's SettingsError as themselves", async () => {
    const error = await openInWorker(() => fakeReaderWorker("serve").worker, new TextEncoder().encode("Team,Score"), "notes.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect(error).toMatchObject({ problem: "not-xlsx" });
    const opened = await openInWorker(() => fakeReaderWorker("serve").worker, longBook, "log.xlsx");
    await expect(opened.analyse(opened.overview.sources, { asOf: Number.NaN }, {})).rejects.toBeInstanceOf(SettingsError);
  });

  it("works on the page when the worker cannot start, or fails before or after opening", async () => {
    const rows: number[] = [];
    const noWorker = await openInWorker(() => {
      throw new Error("no Worker here");
    }, longBook, "log.xlsx", (p) => rows.push(p.rowsRead));
    expect(noWorker.thread).toBe("page");
    expect(rows).toEqual([10_000, 12_000]);
    const failed = await openInWorker(() => fakeReaderWorker("fail-to-start").worker, longBook, "log.xlsx");
    expect((await failed.grids(failed.overview.sources))[0].values).toHaveLength(12_000);
    const fake = fakeReaderWorker("fail-after-opening");
    const failedLater = await openInWorker(() => fake.worker, longBook, "log.xlsx");
    expect(failedLater.thread).toBe("worker");
    expect((await failedLater.grids(failedLater.overview.sources))[0].values).toHaveLength(12_000);
    expect(failedLater.thread).toBe("page");
    expect(fake.terminated()).toBe(true);
  });
});
