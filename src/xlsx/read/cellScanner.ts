import type { CellValue } from "../../core/values";
import { serialToDate } from "../../core/values/serialToDate";
import type { XmlTag } from "./xmlEvents";

/** What reading a sheet's cells needs from the rest of the workbook. */
export interface SheetReadContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/**
 * Hears each cell that has a value element, with where it is and what it holds as written. `rowKnown`
 * is false while no row number has been written since the scan began: the row is then counted from
 * where the scan began (a segment of a sheet, read apart from what comes before it).
 */
export type CellSink = (row: number, rowKnown: boolean, column: number, type: string | undefined, style: number, text: string) => void;

// Days between the 1900 and 1904 date systems' day zero (ECMA-376 Part 1, 18.17.4.1).
const days1904Offset = 1462;
const maxRow = 1_048_576;
const maxColumn = 16_384;

/** Where parseReference leaves its answer: one object for every cell, rather than one per cell. */
const parsed = { column: 0, row: 0 };

/** Column and row of an A1 reference into `parsed`, by character codes (this runs once per cell); false when it is not one. */
function parseReference(reference: string): boolean {
  let column = 0;
  let at = 0;
  for (; at < reference.length; at += 1) {
    const code = reference.charCodeAt(at) | 0x20;
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  let row = 0;
  for (let digit = at; digit < reference.length; digit += 1) {
    const code = reference.charCodeAt(digit);
    if (code === 0x24 && digit === at) continue;
    if (code < 48 || code > 57) return false;
    row = row * 10 + (code - 48);
  }
  parsed.column = column;
  parsed.row = row;
  return column > 0 && row > 0;
}

/**
 * The value a cell shows, from its type (`t`), style (`s`) and text: shared and inline strings,
 * booleans, error values, ISO dates (`t="d"`), and numbers, as dates when their style shows a date
 * (in the workbook's 1900 or 1904 system). A formula cell gives its cached result.
 *
 * @example
 * cellValue(undefined, 1, "46027", { sharedStrings: [], dateStyles: [false, true], date1904: false }); // => Date 05/01/2026
 */
export function cellValue(type: string | undefined, style: number, text: string, context: SheetReadContext): CellValue {
  switch (type) {
    case "s": {
      const string = context.sharedStrings[Number(text)];
      return string === undefined ? null : string;
    }
    case "inlineStr":
    case "str":
      return text;
    case "b":
      return text === "1" || text === "true";
    case "e":
      return { error: text };
    case "d": {
      const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
      return Number.isNaN(date.getTime()) ? text : date;
    }
    default: {
      if (text === "") return null;
      const number = Number(text);
      if (!Number.isFinite(number)) return text;
      if (context.dateStyles[style] === true) return serialToDate(context.date1904 ? number + days1904Offset : number);
      return number;
    }
  }
}

/**
 * The cell-level state machine of a worksheet's `<sheetData>`: rows, cells, values, inline strings
 * (phonetic runs left out). Rows and cells without a reference take the next position, as Excel reads
 * them. The same scanner reads a whole sheet and a segment of one (see scanSheetSegment), so both
 * place every cell alike.
 *
 * @example
 * // const scanner = new CellScanner((row, known, column, type, style, text) => ..., true);
 * // xmlStream({ open: (tag) => scanner.open(tag), text: (t) => scanner.text(t), close: (n) => scanner.close(n) }, file, part);
 */
export class CellScanner {
  /** Rows opened so far. */
  rowsRead = 0;
  /** The current row: its number when rowKnown, otherwise rows counted from where the scan began. */
  row = 0;
  rowKnown: boolean;
  private column = 0;
  private type: string | undefined;
  private style = 0;
  private textSoFar = "";
  private collecting = false;
  private inInline = false;
  private phoneticDepth = 0;
  private hasValue = false;

  constructor(
    private readonly onCell: CellSink,
    /** Whether the scan begins at the top of the sheet (row 0 is known), or part-way through. */
    fromTop: boolean,
    private readonly onRow?: (rowsRead: number) => void,
  ) {
    this.rowKnown = fromTop;
  }

  /** Handles a start tag; false when it is not one of the cell-level tags. */
  open({ name, attributes }: XmlTag): boolean {
    switch (name) {
      case "row": {
        const number = Number(attributes.r);
        if (Number.isInteger(number) && number > 0) {
          this.row = Math.min(number, maxRow);
          this.rowKnown = true;
        } else this.row += 1;
        this.column = 0;
        this.rowsRead += 1;
        this.onRow?.(this.rowsRead);
        return true;
      }
      case "c": {
        const reference = attributes.r;
        if (reference !== undefined && parseReference(reference)) {
          this.column = Math.min(parsed.column, maxColumn);
          this.row = Math.min(parsed.row, maxRow);
          this.rowKnown = true;
        } else this.column += 1;
        this.type = attributes.t;
        this.style = attributes.s === undefined ? 0 : Number(attributes.s);
        this.textSoFar = "";
        this.hasValue = false;
        return true;
      }
      case "v":
        this.collecting = true;
        this.hasValue = true;
        return true;
      case "is":
        this.inInline = true;
        this.hasValue = true;
        return true;
      case "rPh":
        this.phoneticDepth += 1;
        return true;
      case "t":
        if (this.inInline && this.phoneticDepth === 0) this.collecting = true;
        return true;
      default:
        return false;
    }
  }

  text(piece: string): void {
    if (this.collecting) this.textSoFar += piece;
  }

  close(name: string): void {
    switch (name) {
      case "v":
      case "t":
        this.collecting = false;
        break;
      case "is":
        this.inInline = false;
        break;
      case "rPh":
        this.phoneticDepth -= 1;
        break;
      case "c":
        if (this.hasValue) this.onCell(this.row, this.rowKnown, this.column, this.type === undefined && this.inInline ? "inlineStr" : this.type, this.style, this.textSoFar);
        break;
    }
  }
}
