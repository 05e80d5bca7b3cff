import type { CellValue } from "../../core/values";
import { serialToDate } from "../../core/values/serialToDate";
import type { XlsxPackage } from "../package/xlsxPackage";
import { SparseCells } from "./sparseCells";
import { xmlStream } from "./xmlEvents";

/** What the sheet reader needs from the rest of the workbook. */
export interface SheetReadContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** A sheet's cells and the few sheet-level facts the analysis needs. */
export interface SheetCells {
  cells: SparseCells;
  /** Merged ranges as written ("A1:C1"). */
  mergedRanges: string[];
  /** Relationship ids of the sheet's tables (`<tablePart r:id>`). */
  tablePartIds: string[];
  /** Sheet protection is on. */
  protected: boolean;
  /** Rows the file lists (with or without values). */
  rowsRead: number;
}

/** How a reader reports progress: rows read so far in this sheet. */
export type RowProgress = (rowsRead: number) => void;

// Days between the 1900 and 1904 date systems' day zero (ECMA-376 Part 1, 18.17.4.1).
const days1904Offset = 1462;
const progressEveryRows = 10_000;
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
 */
function cellValue(type: string | undefined, style: number, text: string, context: SheetReadContext): CellValue {
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
 * Streams one worksheet part (saxes) into its cells that hold a value: never a dense rectangle, so
 * a stray cell at XFD100000 costs one entry. Rows and cells without a reference take the next
 * position, as Excel reads them. `onProgress` hears the rows read every 10,000 rows and at the end.
 *
 * @example
 * // readSheetCells(pkg, "xl/worksheets/sheet1.xml", context).cells.count // => 4812
 */
export function readSheetCells(pkg: XlsxPackage, part: string, context: SheetReadContext, onProgress?: RowProgress): SheetCells {
  const cells = new SparseCells();
  const mergedRanges: string[] = [];
  const tablePartIds: string[] = [];
  let isProtected = false;
  let rowsRead = 0;
  let row = 0;
  let column = 0;
  let type: string | undefined;
  let style = 0;
  let text = "";
  let collecting = false;
  let inInline = false;
  let phoneticDepth = 0;
  let hasValue = false;

  const stream = xmlStream(
    {
      open: ({ name, attributes }) => {
        switch (name) {
          case "row": {
            const number = Number(attributes.r);
            row = Number.isInteger(number) && number > 0 ? Math.min(number, maxRow) : row + 1;
            column = 0;
            rowsRead += 1;
            if (onProgress !== undefined && rowsRead % progressEveryRows === 0) onProgress(rowsRead);
            break;
          }
          case "c": {
            const reference = attributes.r;
            if (reference !== undefined && parseReference(reference)) {
              column = Math.min(parsed.column, maxColumn);
              row = Math.min(parsed.row, maxRow);
            } else column += 1;
            type = attributes.t;
            style = attributes.s === undefined ? 0 : Number(attributes.s);
            text = "";
            hasValue = false;
            break;
          }
          case "v":
            collecting = true;
            hasValue = true;
            break;
          case "is":
            inInline = true;
            hasValue = true;
            break;
          case "rPh":
            phoneticDepth += 1;
            break;
          case "t":
            if (inInline && phoneticDepth === 0) collecting = true;
            break;
          case "mergeCell":
            if (attributes.ref !== undefined) mergedRanges.push(attributes.ref);
            break;
          case "tablePart": {
            const id = attributes["r:id"] ?? Object.entries(attributes).find(([key]) => key.endsWith(":id"))?.[1];
            if (id !== undefined) tablePartIds.push(id);
            break;
          }
          case "sheetProtection":
            isProtected = attributes.sheet === "1" || attributes.sheet === "true";
            break;
        }
      },
      text: (piece) => {
        if (collecting) text += piece;
      },
      close: (name) => {
        switch (name) {
          case "v":
          case "t":
            collecting = false;
            break;
          case "is":
            inInline = false;
            break;
          case "rPh":
            phoneticDepth -= 1;
            break;
          case "c": {
            if (!hasValue) break;
            const value = cellValue(type === undefined && inInline ? "inlineStr" : type, style, text, context);
            if (value !== null && value !== "") cells.add(row, column, value);
            break;
          }
        }
      },
    },
    pkg.file,
    part,
  );
  pkg.streamText(part, (piece) => stream.write(piece));
  stream.close();
  onProgress?.(rowsRead);
  return { cells, mergedRanges, tablePartIds, protected: isProtected, rowsRead };
}
