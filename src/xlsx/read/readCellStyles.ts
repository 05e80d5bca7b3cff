import type { XlsxPackage } from "../package/xlsxPackage";
import { isDateFormat } from "./isDateFormat";
import { readXml } from "./xmlEvents";

/** What the reader needs from the styles part: which cell styles (the `s` of a cell) show dates. */
export interface CellStyles {
  /** dateStyles[s] is true when cell style s has a date or time number format. */
  dateStyles: readonly boolean[];
}

/**
 * Reads the number formats (`numFmts`) and cell formats (`cellXfs`) of the styles part, to tell
 * which cell styles show dates. Without a styles part no cell is a date.
 *
 * @example
 * // readCellStyles(pkg, "xl/styles.xml").dateStyles[1] // => true (style 1 is dd/mm/yyyy)
 */
export function readCellStyles(pkg: XlsxPackage, part: string | null): CellStyles {
  if (part === null) return { dateStyles: [] };
  const formatCodes = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  readXml(
    pkg.readText(part),
    {
      open: ({ name, attributes }) => {
        if (name === "numFmt") formatCodes.set(Number(attributes.numFmtId), attributes.formatCode ?? "");
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) formatIds.push(Number(attributes.numFmtId ?? 0));
      },
      close: (name) => {
        if (name === "cellXfs") inCellXfs = false;
      },
    },
    pkg.file,
    part,
  );
  return { dateStyles: formatIds.map((id) => isDateFormat(id, formatCodes.get(id) ?? null)) };
}
