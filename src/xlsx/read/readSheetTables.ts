import type { CellRange } from "../../core/sheets/sheetModel";
import { parseRangeAddress } from "../../core/sheets/parseRangeAddress";
import type { XlsxPackage } from "../package/xlsxPackage";
import { readRelationships } from "./readRelationships";
import { readXml } from "./xmlEvents";

/** An Excel table (Insert > Table) on a sheet: its name and the cells it covers, header included. */
export interface SheetTable {
  name: string;
  range: CellRange;
}

/**
 * The Excel tables of one worksheet part, found through the sheet's relationships (so the sheet's
 * cells need not be read), in relationship order. A table whose reference cannot be read is left out.
 *
 * @example
 * // readSheetTables(pkg, "xl/worksheets/sheet1.xml") // => [{ name: "CareRecordAudits", range: { top: 3, left: 1, bottom: 120, right: 8 } }]
 */
export function readSheetTables(pkg: XlsxPackage, sheetPart: string): SheetTable[] {
  return readRelationships(pkg, sheetPart)
    .filter((relationship) => relationship.type === "table" && !relationship.external && pkg.has(relationship.target))
    .flatMap((relationship): SheetTable[] => {
      let name: string | undefined;
      let reference = "";
      readXml(
        pkg.readText(relationship.target),
        {
          open: ({ name: tag, attributes }) => {
            if (tag !== "table") return;
            name = attributes.displayName ?? attributes.name;
            reference = attributes.ref ?? "";
          },
        },
        pkg.file,
        relationship.target,
      );
      const range = parseRangeAddress(reference);
      return name === undefined || range === null ? [] : [{ name, range }];
    });
}
