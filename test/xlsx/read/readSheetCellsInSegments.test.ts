// Reading a sheet's rows in segments (the command line's worker threads) must give exactly what the
// whole-sheet reader gives, on every workbook we hold and on the layouts that could trip the cutting
// of the text: namespace prefixes, rows without numbers across a cut, an empty <sheetData/>, a comment
// holding "</row>", a damaged sheet. Segments are scanned in process here, cut very small so that
// every workbook is cut many times; one test runs the real worker threads.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { SheetGrid } from "../../../src/app/ports";
import { XlsxReader } from "../../../src/xlsx/read/XlsxReader";
import type { XlsxPackage } from "../../../src/xlsx/package/xlsxPackage";
import { readSheetCells } from "../../../src/xlsx/read/readSheetCells";
import { readSheetCellsInSegments, type SegmentScannerFactory } from "../../../src/xlsx/read/readSheetCellsInSegments";
import { scanSheetSegment } from "../../../src/xlsx/read/sheetSegments";
import { workerSegmentScanners } from "../../../src/xlsx/node/workerSegmentScanners";
import { minimalXlsx, rowXml } from "../fixtures/minimalXlsx";

jest.setTimeout(60_000);

const root = path.join(__dirname, "../../..");
const corpus = path.join(root, "test/fixtures/corpus");
const workbooks = [path.join(root, "assets/samples/recovery-audits.xlsx"), ...readdirSync(corpus).filter((name) => /\.xls[xm]$/.test(name)).map((name) => path.join(corpus, name))];

interface Scans {
  scanners: SegmentScannerFactory;
  segments: number;
}

/** Segment scanning in this thread, counting the segments. */
function inProcess(fail = false): Scans {
  const scans: Scans = {
    segments: 0,
    scanners: (context) => ({
      parallel: 2,
      scan: async (index, rowsText) => {
        scans.segments += 1;
        if (fail) throw new Error("scanner stopped");
        return scanSheetSegment(index, rowsText, context);
      },
      close: () => undefined,
    }),
  };
  return scans;
}

interface ReadOutcome {
  grids: SheetGrid[] | null;
  protectedSheets: string[];
  notes: string[];
  error: string | null;
}

async function readAll(bytes: Uint8Array, options: Parameters<typeof XlsxReader.open>[2] = {}): Promise<ReadOutcome> {
  try {
    const reader = XlsxReader.open(bytes, "book.xlsx", options);
    const names = reader.sheetStates().map((sheet) => sheet.name);
    const grids = await reader.readGrids(names);
    const protectedSheets = (await reader.listSheets()).filter((sheet) => sheet.protected).map((sheet) => sheet.name);
    return { grids, protectedSheets, notes: reader.notes, error: null };
  } catch (error) {
    return { grids: null, protectedSheets: [], notes: [], error: (error as Error).message };
  }
}

async function compare(bytes: Uint8Array, segmentChars: number, scans: Scans, wholeReads: string[] = []): Promise<{ whole: ReadOutcome; segmented: ReadOutcome }> {
  const whole = await readAll(bytes);
  const segmented = await readAll(bytes, { segments: { scanners: scans.scanners, minimumPartBytes: 0, segmentChars, onReadWhole: (reason) => wholeReads.push(reason) } });
  return { whole, segmented };
}

describe("reading a sheet's rows in segments", () => {
  it.each(workbooks.map((file) => [path.basename(file), file]))("gives what the whole-sheet reader gives for %s, cut every row and every 300 characters", async (_name, file) => {
    const bytes = new Uint8Array(readFileSync(file));
    for (const segmentChars of [1, 300]) {
      const scans = inProcess();
      const wholeReads: string[] = [];
      const { whole, segmented } = await compare(bytes, segmentChars, scans, wholeReads);
      expect(segmented).toEqual(whole);
      // Every sheet with rows was really cut (no silent fall back to reading it whole), except
      // where the whole-sheet reader itself finds the workbook damaged.
      if (whole.error === null) expect(wholeReads).toEqual([]);
    }
  });

  it("cuts the sample's audit sheets into many segments", async () => {
    const scans = inProcess();
    await compare(new Uint8Array(readFileSync(workbooks[0])), 2_000, scans);
    expect(scans.segments).toBeGreaterThan(10);
  });

  it("keeps namespace prefixes, numberless rows across cuts, merged cells, tables' ids and protection", async () => {
    const rows = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? `<x:row><x:c><x:v>${i}</x:v></x:c><x:c t="inlineStr"><x:is><x:t>r${i}</x:t></x:is></x:c></x:row>` : `<x:row r="${i + 5}"><x:c r="B${i + 5}"><x:v>${i}</x:v></x:c></x:row>`)).join("");
    const bytes = minimalXlsx({
      sheets: [
        { name: "Prefixed", body: `<x:sheetViews xmlns:x="urn:x"/><x:sheetData xmlns:x="urn:x">${rows}</x:sheetData><x:sheetProtection xmlns:x="urn:x" sheet="1"/><x:mergeCells xmlns:x="urn:x"><x:mergeCell ref="B6:C6"/></x:mergeCells>` },
        { name: "Numberless", body: `<sheetData>${Array.from({ length: 30 }, (_, i) => `<row><c><v>${i}</v></c><c/><c><v>${i * 2}</v></c></row>`).join("")}</sheetData>` },
        { name: "Empty", body: `<sheetData/>` },
        { name: "Spaced", body: `<sheetData >\n${rowXml(1, ["Team", "Score"])}\n${rowXml(2, ["A", 90])}\n</sheetData >` },
      ],
    });
    for (const segmentChars of [1, 40, 500]) {
      const scans = inProcess();
      const wholeReads: string[] = [];
      const { whole, segmented } = await compare(bytes, segmentChars, scans, wholeReads);
      expect(whole.error).toBeNull();
      expect(segmented).toEqual(whole);
      expect(wholeReads).toEqual([]);
      expect(scans.segments).toBeGreaterThan(2);
    }
    // The numberless rows run on from one another across the cuts: the last one is row 30.
    const { whole } = await compare(bytes, 1, inProcess());
    const numberless = whole.grids?.find((grid) => grid.sheet === "Numberless");
    expect([numberless?.firstRow, numberless?.values.length, numberless?.values[29]]).toEqual([1, 30, [29, null, 58]]);
  });

  it("reads a sheet whole, with the same result, when a cut lands in a comment holding '</row>'", async () => {
    const head = `<worksheet xmlns="urn:main"><sheetData>${rowXml(1, ["Team", "Score"])}`;
    // The first piece ends inside the comment, just after its "</row>": the cut lands there.
    const pieces = [`${head}<!-- old </row>`, ` kept -->${rowXml(2, ["A", 90])}${rowXml(3, ["B", 70])}</sheetData><mergeCells><mergeCell ref="A5:B5"/></mergeCells></worksheet>`];
    const pkg = {
      file: "book.xlsx",
      textPieces: () => pieces,
    } as unknown as XlsxPackage;
    const context = { sharedStrings: [], dateStyles: [], date1904: false };
    const whole = readSheetCells(pkg, "xl/worksheets/sheet1.xml", context);
    const wholeReads: string[] = [];
    const scans = inProcess();
    const segmented = await readSheetCellsInSegments(pkg, "xl/worksheets/sheet1.xml", context, { scanners: scans.scanners, segmentChars: 1, onReadWhole: (reason) => wholeReads.push(reason) });
    expect(scans.segments).toBeGreaterThan(0);
    expect(wholeReads.length).toBe(1);
    expect(segmented).toEqual(whole);
    expect([whole.cells.count, whole.mergedRanges]).toEqual([6, ["A5:B5"]]);
  });

  it("gives a damaged sheet the whole-sheet reader's own message", async () => {
    const bytes = minimalXlsx({ sheets: [{ name: "Cut", body: `<sheetData>${rowXml(1, ["Team", "Score"])}<row r="2"><c r="A2"><v>1</v></c>` }] });
    const { whole, segmented } = await compare(bytes, 1, inProcess());
    // The sheet is named with the row reached, not saxes's line and column of the XML.
    expect(whole.error).toBe('book.xlsx could not be opened as an Excel workbook; it is damaged (sheet "Cut" near row 2 is not well-formed XML (part xl/worksheets/sheet1.xml): unexpected close tag).');
    expect(segmented.error).toBe(whole.error);
  });

  it("falls back to reading the sheet whole when a scanner fails", async () => {
    const bytes = new Uint8Array(readFileSync(workbooks[0]));
    const wholeReads: string[] = [];
    const { whole, segmented } = await compare(bytes, 2_000, inProcess(true), wholeReads);
    expect(segmented).toEqual(whole);
    expect(wholeReads.length).toBeGreaterThan(0);
    expect(wholeReads[0]).toMatch(/scanner stopped/);
  });

  it("gives the same grids on real worker threads", async () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => rowXml(i + 2, [`Team ${String.fromCharCode(65 + (i % 5))}`, i % 2 === 0 ? "Yes" : "No", 46_000 + (i % 90), i / 7]));
    const bytes = minimalXlsx({ sheets: [{ name: "Audits", body: `<sheetData>${rowXml(1, ["Team", "Answer", "Date", "Score"])}${rows.join("")}</sheetData>` }] });
    const whole = await readAll(bytes);
    const wholeReads: string[] = [];
    const segmented = await readAll(bytes, { segments: { scanners: workerSegmentScanners(2), minimumPartBytes: 0, segmentChars: 20_000, onReadWhole: (reason) => wholeReads.push(reason) } });
    expect(wholeReads).toEqual([]);
    expect(isDeepStrictEqual(segmented, whole)).toBe(true);
    expect(segmented.grids?.[0].values.length).toBe(3_001);
  });
});
