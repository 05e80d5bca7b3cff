import type { XlsxPackage } from "../package/xlsxPackage";
import { WorkbookFileError } from "../workbookFileError";
import type { SheetReadContext } from "./cellScanner";
import { progressEveryRows, readSheetCells, sheetCellsParser, type RowProgress, type SheetCells } from "./readSheetCells";
import { addSegmentCells, SheetTextSplitter, type SegmentCells, type SegmentContext } from "./sheetSegments";

/**
 * Scans segments of a sheet's rows somewhere else (the command line: worker threads; tests: in
 * process). `scan` answers with the segment's cells, or rejects when the segment is not well-formed.
 */
export interface SegmentScanner {
  /** How many segments it scans at once. */
  readonly parallel: number;
  scan(index: number, rowsText: string): Promise<SegmentCells>;
  close(): void;
}

/** Makes a scanner for one sheet; the context is the same for every segment of it. */
export type SegmentScannerFactory = (context: SegmentContext) => SegmentScanner;

export interface SegmentOptions {
  scanners: SegmentScannerFactory;
  /** Characters of rows per segment (about 1,000,000: some 2,000 rows of 13 cells). */
  segmentChars?: number;
  /** Hears why a sheet was read again whole (a segment that did not scan, a parser fault). */
  onReadWhole?: (reason: string) => void;
}

const defaultSegmentChars = 1_000_000;

class SegmentFailed extends Error {}

/**
 * Reads a worksheet part as readSheetCells does, with the same result, but has its rows scanned by
 * several scanners at once while this thread inflates the part and reads what lies outside
 * `<sheetData>` (merged cells, table parts, protection). Segments are added in order as they come
 * back; at most a few wait at a time, so memory stays near the whole-sheet reader's. When anything
 * goes wrong with the segments (a segment that does not scan, text the parser rejects), the sheet is
 * read again whole, so a damaged sheet gets exactly the whole-sheet reader's message.
 *
 * @example
 * // const cells = await readSheetCellsInSegments(pkg, "xl/worksheets/sheet1.xml", context, { scanners: workerScanners });
 */
export async function readSheetCellsInSegments(pkg: XlsxPackage, part: string, context: SheetReadContext, options: SegmentOptions, onProgress?: RowProgress, sheetName?: string): Promise<SheetCells> {
  let scanner: SegmentScanner;
  try {
    scanner = options.scanners({ dateStyles: context.dateStyles, date1904: context.date1904 });
  } catch (error) {
    // No workers here (a host that cannot start one): one thread reads it.
    options.onReadWhole?.(error instanceof Error ? error.message : String(error));
    return readSheetCells(pkg, part, context, onProgress, sheetName);
  }
  try {
    return await readWithScanner(pkg, part, context, scanner, options.segmentChars ?? defaultSegmentChars, onProgress);
  } catch (error) {
    if (!(error instanceof SegmentFailed) && !(error instanceof WorkbookFileError)) throw error;
    options.onReadWhole?.(error.message);
    return readSheetCells(pkg, part, context, onProgress, sheetName);
  } finally {
    scanner.close();
  }
}

async function readWithScanner(pkg: XlsxPackage, part: string, context: SheetReadContext, scanner: SegmentScanner, segmentChars: number, onProgress?: RowProgress): Promise<SheetCells> {
  const parser = sheetCellsParser(context, pkg.file, part);
  const { result } = parser;
  const waiting = new Map<number, Promise<SegmentCells>>();
  const maximumWaiting = scanner.parallel * 2 + 1;
  let sent = 0;
  let added = 0;
  let row = 0;
  let reported = 0;
  let failure: unknown = null;

  const addNext = async (): Promise<void> => {
    const next = waiting.get(added) as Promise<SegmentCells>;
    waiting.delete(added);
    const segment = await next.catch((error: unknown) => Promise.reject(new SegmentFailed(String(error))));
    row = addSegmentCells(result.cells, segment, row, context.sharedStrings);
    result.rowsRead += segment.rowsRead;
    added += 1;
    // As the whole-sheet reader does: each 10,000th row once reached ("100,000 rows read").
    const reached = Math.floor(result.rowsRead / progressEveryRows) * progressEveryRows;
    for (let step = reported + progressEveryRows; onProgress !== undefined && step <= reached; step += progressEveryRows) onProgress(step);
    reported = Math.max(reported, reached);
  };
  const splitter = new SheetTextSplitter(
    segmentChars,
    (text) => parser.stream.write(text),
    (rowsText) => {
      const index = sent;
      sent += 1;
      const scanned = scanner.scan(index, rowsText);
      // Seen at once, so a failure does not wait its turn (and is never an unhandled rejection).
      scanned.catch((error: unknown) => (failure ??= error));
      waiting.set(index, scanned);
    },
  );
  for (const piece of pkg.textPieces(part)) {
    splitter.push(piece);
    if (failure !== null) throw new SegmentFailed(String(failure));
    while (sent - added >= maximumWaiting) await addNext();
  }
  splitter.end();
  while (added < sent) await addNext();
  parser.finish();
  onProgress?.(result.rowsRead);
  return result;
}
