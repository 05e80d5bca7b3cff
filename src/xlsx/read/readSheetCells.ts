import type { XlsxPackage } from "../package/xlsxPackage";
import { CellScanner, cellValue, type SheetReadContext } from "./cellScanner";
import { SparseCells } from "./sparseCells";
import { xmlStream, type XmlStream } from "./xmlEvents";

export type { SheetReadContext } from "./cellScanner";

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

/** Rows between two progress reports of a sheet being read. */
export const progressEveryRows = 10_000;

/** A worksheet part being tokenised: write its text in pieces, then `finish` for its cells. */
export interface SheetCellsParser {
  stream: XmlStream;
  /** The cells so far, for a reader that adds cells scanned elsewhere (see readSheetCellsInSegments). */
  result: SheetCells;
  /** Ends the text (throws WorkbookFileError "damaged" when it is not well-formed) and gives the cells. */
  finish(): SheetCells;
}

/**
 * A streaming reader of one worksheet part's text into its cells that hold a value (never a dense
 * rectangle, so a stray cell at XFD100000 costs one entry), its merged ranges, table parts and
 * protection. `onProgress` hears the rows read every 10,000 rows and at the end.
 *
 * @example
 * // const parser = sheetCellsParser(context, "audits.xlsx", "xl/worksheets/sheet1.xml");
 * // parser.stream.write(text); parser.finish().cells.count // => 4812
 */
export function sheetCellsParser(context: SheetReadContext, file: string, part: string, onProgress?: RowProgress, sheetName?: string): SheetCellsParser {
  const result: SheetCells = { cells: new SparseCells(), mergedRanges: [], tablePartIds: [], protected: false, rowsRead: 0 };
  const { cells } = result;
  const scanner = new CellScanner(
    (row, _known, column, type, style, text) => {
      const value = cellValue(type, style, text, context);
      if (value !== null && value !== "") cells.add(row, column, value);
    },
    true,
    onProgress === undefined ? undefined : (rowsRead) => rowsRead % progressEveryRows === 0 && onProgress(rowsRead),
  );
  const stream = xmlStream(
    {
      open: (tag) => {
        if (scanner.open(tag)) return;
        const { name, attributes } = tag;
        switch (name) {
          case "mergeCell":
            if (attributes.ref !== undefined) result.mergedRanges.push(attributes.ref);
            break;
          case "tablePart": {
            const id = attributes["r:id"] ?? Object.entries(attributes).find(([key]) => key.endsWith(":id"))?.[1];
            if (id !== undefined) result.tablePartIds.push(id);
            break;
          }
          case "sheetProtection":
            result.protected = attributes.sheet === "1" || attributes.sheet === "true";
            break;
        }
      },
      text: (piece) => scanner.text(piece),
      close: (name) => scanner.close(name),
    },
    file,
    part,
    // A damaged sheet is named, with the row reached ("sheet "Audits" near row 20,000").
    sheetName === undefined ? undefined : () => `sheet "${sheetName}"${scanner.row > 0 ? ` near row ${scanner.row.toLocaleString("en-GB")}` : ""}`,
  );
  return {
    stream,
    result,
    finish: () => {
      stream.close();
      result.rowsRead += scanner.rowsRead;
      onProgress?.(result.rowsRead);
      return result;
    },
  };
}

/**
 * Streams one worksheet part (saxes) into its cells that hold a value, as sheetCellsParser describes.
 *
 * @example
 * // readSheetCells(pkg, "xl/worksheets/sheet1.xml", context).cells.count // => 4812
 */
export function readSheetCells(pkg: XlsxPackage, part: string, context: SheetReadContext, onProgress?: RowProgress, sheetName?: string): SheetCells {
  const parser = sheetCellsParser(context, pkg.file, part, onProgress, sheetName);
  for (const piece of pkg.textPieces(part)) parser.stream.write(piece);
  return parser.finish();
}
