// The browser's reader worker scans a large sheet's rows with segment workers of its own. jsdom has
// no Worker, so a fake one runs the real segment scanner on a structured copy of each job, answering
// later as a worker would; the grids must be exactly those the one-thread reader gives, with one
// worker (two cores: the reader worker scans every third segment itself) or three (four cores), and a
// worker that stops must leave the reading to one thread, with the same grids.
import { readFileSync } from "node:fs";
import path from "node:path";
import { XlsxReader } from "../../src/xlsx/read/XlsxReader";
import { scanSheetSegment } from "../../src/xlsx/read/sheetSegments";
import { browserSegmentScanners, type SegmentAnswer, type SegmentJob, type SegmentWorker } from "../../src/taskpane/session/browserSegmentScanners";

const sample = new Uint8Array(readFileSync(path.join(__dirname, "../../assets/samples/recovery-audits.xlsx")));

class FakeSegmentWorker implements SegmentWorker {
  static started = 0;
  static jobs = 0;
  private readonly listeners: { message: ((event: MessageEvent<SegmentAnswer>) => void)[]; error: ((event: Event) => void)[] } = { message: [], error: [] };
  terminated = false;

  constructor(private readonly stops = false) {
    FakeSegmentWorker.started += 1;
  }

  postMessage(job: SegmentJob): void {
    FakeSegmentWorker.jobs += 1;
    const copy = structuredClone(job);
    setTimeout(() => {
      if (this.terminated) return;
      if (this.stops) {
        this.listeners.error.forEach((listener) => listener(new Event("error")));
        return;
      }
      const data = structuredClone(scanSheetSegment(copy.index, copy.rowsText, copy.context));
      this.listeners.message.forEach((listener) => listener({ data } as MessageEvent<SegmentAnswer>));
    }, 0);
  }

  addEventListener(type: "message" | "error", listener: ((event: MessageEvent<SegmentAnswer>) => void) | ((event: Event) => void)): void {
    (this.listeners[type] as unknown[]).push(listener);
  }

  terminate(): void {
    this.terminated = true;
  }
}

async function grids(options: Parameters<typeof XlsxReader.open>[2] = {}) {
  const reader = XlsxReader.open(sample, "recovery-audits.xlsx", options);
  return reader.readGrids(reader.sheetStates().map((sheet) => sheet.name));
}

beforeEach(() => {
  FakeSegmentWorker.started = 0;
  FakeSegmentWorker.jobs = 0;
});

describe("the reader worker's segment workers", () => {
  it.each([
    [2, 1],
    [4, 3],
  ])("give the one-thread reader's grids on %i cores (segment workers: %i)", async (cores, workers) => {
    const readWhole: string[] = [];
    const segmented = await grids({ segments: { scanners: browserSegmentScanners(() => new FakeSegmentWorker(), cores), minimumPartBytes: 0, segmentChars: 2_000, onReadWhole: (reason) => readWhole.push(reason) } });
    expect(segmented).toEqual(await grids());
    expect(readWhole).toEqual([]);
    // One set of workers per sheet read in segments; the jobs went to them.
    expect(FakeSegmentWorker.started % workers).toBe(0);
    expect(FakeSegmentWorker.jobs).toBeGreaterThan(10);
  });

  it("reads a sheet on one thread, with the same grids, when a segment worker stops", async () => {
    const readWhole: string[] = [];
    const segmented = await grids({ segments: { scanners: browserSegmentScanners(() => new FakeSegmentWorker(true), 2), minimumPartBytes: 0, segmentChars: 2_000, onReadWhole: (reason) => readWhole.push(reason) } });
    expect(segmented).toEqual(await grids());
    expect(readWhole[0]).toMatch(/a segment worker stopped/);
  });

  it("reads on one thread when no worker can start", async () => {
    const readWhole: string[] = [];
    const noWorker = () => {
      throw new Error("Worker is not defined");
    };
    const segmented = await grids({ segments: { scanners: browserSegmentScanners(noWorker, 2), minimumPartBytes: 0, onReadWhole: (reason) => readWhole.push(reason) } });
    expect(segmented).toEqual(await grids());
    expect(readWhole[0]).toMatch(/Worker is not defined/);
  });
});
