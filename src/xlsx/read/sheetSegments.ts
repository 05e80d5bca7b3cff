import type { CellValue } from "../../core/values";
import { CellScanner, cellValue, type SheetReadContext } from "./cellScanner";
import type { SparseCells } from "./sparseCells";
import { xmlStream } from "./xmlEvents";

/** What scanning a segment needs: the date styles only (shared strings travel as their index). */
export type SegmentContext = Pick<SheetReadContext, "dateStyles" | "date1904">;

/**
 * The cells of one segment of a sheet's rows, in compact columns that cross a thread boundary without
 * copying: each cell's row (counted from the segment's start while `rowKnown` is 0), column, kind and
 * number, strings apart. `endRow` and `endRowKnown` give the row the segment ends on, for the next.
 */
export interface SegmentCells {
  index: number;
  count: number;
  rows: Int32Array;
  rowKnown: Uint8Array;
  columns: Int32Array;
  kinds: Uint8Array;
  numbers: Float64Array;
  strings: string[];
  rowsRead: number;
  endRow: number;
  endRowKnown: boolean;
}

// How a segment's cell is held: a number, a shared string's index, a date's milliseconds, a boolean
// (0 or 1), or an index into `strings` for a string or an error value.
const KIND = { number: 0, shared: 1, date: 2, boolean: 3, string: 4, error: 5 } as const;

function grow<T extends Int32Array | Uint8Array | Float64Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(size);
  bigger.set(array);
  return bigger;
}

/**
 * Scans a run of whole `<row>` elements cut from a sheet's `<sheetData>` (see SheetTextSplitter) into
 * SegmentCells, with the same scanner and values as the whole-sheet reader. Throws when the run is not
 * well-formed XML; the caller then reads the sheet whole, which names the fault.
 *
 * @example
 * // scanSheetSegment(0, '<row r="2"><c r="A2"><v>5</v></c></row>', { dateStyles: [], date1904: false }).numbers[0] // => 5
 */
export function scanSheetSegment(index: number, rowsText: string, context: SegmentContext): SegmentCells {
  let capacity = Math.max(64, rowsText.length >> 5);
  let rows = new Int32Array(capacity);
  let rowKnown = new Uint8Array(capacity);
  let columns = new Int32Array(capacity);
  let kinds = new Uint8Array(capacity);
  let numbers = new Float64Array(capacity);
  const strings: string[] = [];
  const values: SheetReadContext = { sharedStrings: [], dateStyles: context.dateStyles, date1904: context.date1904 };
  let count = 0;
  const add = (row: number, known: boolean, column: number, kind: number, number: number): void => {
    if (count === capacity) {
      capacity *= 2;
      rows = grow(rows, capacity);
      rowKnown = grow(rowKnown, capacity);
      columns = grow(columns, capacity);
      kinds = grow(kinds, capacity);
      numbers = grow(numbers, capacity);
    }
    rows[count] = row;
    rowKnown[count] = known ? 1 : 0;
    columns[count] = column;
    kinds[count] = kind;
    numbers[count] = number;
    count += 1;
  };
  const scanner = new CellScanner((row, known, column, type, style, text) => {
    if (type === "s") {
      add(row, known, column, KIND.shared, Number(text));
      return;
    }
    const value = cellValue(type, style, text, values);
    if (value === null || value === "") return;
    if (typeof value === "number") add(row, known, column, KIND.number, value);
    else if (typeof value === "boolean") add(row, known, column, KIND.boolean, value ? 1 : 0);
    else if (value instanceof Date) add(row, known, column, KIND.date, value.getTime());
    else if (typeof value === "string") add(row, known, column, KIND.string, strings.push(value) - 1);
    else if (value !== undefined) add(row, known, column, KIND.error, strings.push(value.error) - 1);
  }, false);
  const stream = xmlStream({ open: (tag) => void scanner.open(tag), text: (piece) => scanner.text(piece), close: (name) => scanner.close(name) }, "", "");
  stream.write("<sheetData>");
  stream.write(rowsText);
  stream.write("</sheetData>");
  stream.close();
  return { index, count, rows, rowKnown, columns, kinds, numbers, strings, rowsRead: scanner.rowsRead, endRow: scanner.row, endRowKnown: scanner.rowKnown };
}

/**
 * Adds a segment's cells to a sheet's, in order, given the row the sheet had reached before it;
 * returns the row it reaches after it. Shared strings are looked up here, as the whole-sheet reader
 * does (an index with no string, or an empty string, adds no cell).
 *
 * @example
 * // let row = 0; for (const segment of inOrder) row = addSegmentCells(cells, segment, row, sharedStrings);
 */
export function addSegmentCells(cells: SparseCells, segment: SegmentCells, rowBefore: number, sharedStrings: readonly string[]): number {
  for (let at = 0; at < segment.count; at += 1) {
    const row = segment.rowKnown[at] === 1 ? segment.rows[at] : rowBefore + segment.rows[at];
    const number = segment.numbers[at];
    let value: CellValue;
    switch (segment.kinds[at]) {
      case KIND.number:
        value = number;
        break;
      case KIND.shared:
        value = sharedStrings[number] ?? null;
        break;
      case KIND.date:
        value = new Date(number);
        break;
      case KIND.boolean:
        value = number === 1;
        break;
      case KIND.string:
        value = segment.strings[number];
        break;
      default:
        value = { error: segment.strings[number] };
    }
    if (value !== null && value !== "") cells.add(row, segment.columns[at], value);
  }
  return segment.endRowKnown ? segment.endRow : rowBefore + segment.endRow;
}

// Enough of the end of the rows text to find "</prefix:sheetData  >" split between two pieces.
const carryChars = 256;
// A sheet's text before <sheetData> (views, columns) is small; past this the sheet is read whole.
const headLimitChars = 1024 * 1024;

/**
 * Cuts a worksheet's text, as it streams in, into what the whole-sheet parser reads (everything
 * before `<sheetData>` and from `</sheetData>` on) and runs of whole rows of about `segmentChars`
 * characters each, cut after a `</row>` end tag (prefix kept, as "</x:row>"). No XML is parsed here:
 * a cut in the wrong place (a comment or CDATA holding "</row>") makes a segment fail to scan, and the
 * caller reads the sheet whole. A sheet without a `<sheetData>` start tag in its first 1 MB, or with
 * an empty one, goes to the parser whole.
 */
export class SheetTextSplitter {
  private state: "head" | "rows" | "rest" = "head";
  private head = "";
  /** Rows text not yet sent, in the pieces it came in (joined once per segment, never per piece). */
  private pieces: string[] = [];
  private length = 0;
  /** The last characters of the rows text so far, to find an end tag split between two pieces. */
  private carry = "";
  private rowEnd = "</row>";
  private sheetDataEnd = /<\/sheetData\s*>/;

  constructor(
    private readonly segmentChars: number,
    private readonly toParser: (text: string) => void,
    private readonly toSegment: (rowsText: string) => void,
  ) {}

  push(piece: string): void {
    if (this.state === "rest") this.toParser(piece);
    else if (this.state === "head") this.findStart(piece);
    else this.addRows(piece);
  }

  end(): void {
    if (this.state === "head") this.toParser(this.head);
    // No end tag: the parser finds the sheet cut short and the caller reads it whole.
    if (this.state === "rows" && this.length > 0) this.toSegment(this.pieces.join(""));
    this.head = "";
    this.pieces = [];
  }

  private findStart(piece: string): void {
    const searchFrom = Math.max(0, this.head.length - 64);
    this.head += piece;
    const start = /<([A-Za-z_][\w.-]*:)?sheetData(?:\s[^>]*)?>/g;
    start.lastIndex = searchFrom;
    const found = start.exec(this.head);
    if (found === null) {
      if (this.head.length > headLimitChars) this.becomeRest(this.head);
      return;
    }
    const afterStart = found.index + found[0].length;
    if (found[0].endsWith("/>")) {
      this.becomeRest(this.head);
      return;
    }
    const prefix = found[1] ?? "";
    this.rowEnd = `</${prefix}row>`;
    this.sheetDataEnd = new RegExp(`</${prefix.replace(/\./g, "\\.")}sheetData\\s*>`);
    this.toParser(this.head.slice(0, afterStart));
    const rows = this.head.slice(afterStart);
    this.head = "";
    this.state = "rows";
    if (rows.length > 0) this.addRows(rows);
  }

  private becomeRest(text: string): void {
    this.toParser(text);
    this.head = "";
    this.state = "rest";
  }

  private addRows(piece: string): void {
    const window = this.carry + piece;
    const endAt = window.search(this.sheetDataEnd);
    if (endAt >= 0) {
      const at = this.length - this.carry.length + endAt;
      this.pieces.push(piece);
      const joined = this.pieces.join("");
      this.pieces = [];
      this.length = 0;
      if (at > 0) this.toSegment(joined.slice(0, at));
      this.becomeRest(joined.slice(at));
      return;
    }
    this.pieces.push(piece);
    this.length += piece.length;
    this.carry = window.slice(-carryChars);
    if (this.length < this.segmentChars) return;
    // Cut in the last piece where a row ends there (nearly always: a piece holds many rows), so that
    // the segment is joined into one flat string (a slice of a larger string is slower to scan).
    const last = piece.lastIndexOf(this.rowEnd);
    if (last >= 0) {
      const cut = last + this.rowEnd.length;
      this.pieces[this.pieces.length - 1] = piece.slice(0, cut);
      this.toSegment(this.pieces.join(""));
      this.keep(piece.slice(cut));
      return;
    }
    const joined = this.pieces.join("");
    const lastRowEnd = joined.lastIndexOf(this.rowEnd);
    if (lastRowEnd < 0) {
      this.pieces = [joined];
      return;
    }
    const cut = lastRowEnd + this.rowEnd.length;
    this.toSegment(joined.slice(0, cut));
    this.keep(joined.slice(cut));
  }

  /** Starts the next segment with what followed the cut. */
  private keep(rest: string): void {
    this.pieces = rest.length > 0 ? [rest] : [];
    this.length = rest.length;
    this.carry = rest.slice(-carryChars);
  }
}
