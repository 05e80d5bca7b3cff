import type ExcelJS from "exceljs";
import { parseRangeAddress } from "../../src/core/sheets/parseRangeAddress";
import type { XlsxTable } from "../../src/xlsx/xlsxTable";

/** What ExcelJS keeps of a table read from a file: the model's name and reference. */
interface LoadedTable {
  table?: { name?: string; displayName?: string; tableRef?: string; ref?: string };
}

/**
 * Every Excel table (Insert > Table) of an ExcelJS workbook, in tab order then file order. A table
 * whose reference cannot be read is left out: its cells are still read as part of its sheet.
 *
 * @example
 * // listTables(workbook) // => [{ name: "CareRecordAudits", sheet: "Audits", range: { top: 3, left: 1, bottom: 120, right: 8 } }]
 */
export function listTables(workbook: ExcelJS.Workbook): XlsxTable[] {
  return workbook.worksheets.flatMap((worksheet) =>
    worksheet.getTables().flatMap((entry): XlsxTable[] => {
      // ExcelJS's typings give getTables() as [Table, void][]; at run time it is an array of tables.
      const loaded = (Array.isArray(entry) ? entry[0] : entry) as unknown as LoadedTable;
      const model = loaded.table;
      const name = model?.displayName ?? model?.name;
      const range = parseRangeAddress(model?.tableRef ?? model?.ref ?? "");
      return name === undefined || range === null ? [] : [{ name, sheet: worksheet.name, range }];
    }),
  );
}
