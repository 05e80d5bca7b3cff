import type { ActionTrackerTable, TrackerValue } from "../../../src/core/actions";
import type { CellValue } from "../../../src/core/values";
import { serialToDate } from "../../../src/core/values";

/** The tracker as ExcelJS reads it back: dates as Date objects, blanks as null. */
export function asReadByExcelJs(table: ActionTrackerTable): CellValue[][] {
  const toCell = (v: TrackerValue): CellValue => (v !== null && typeof v === "object" ? serialToDate(v.serialDate) : v);
  return [...table.preamble.map((r) => r.map(toCell)), table.header, ...table.rows.map((r) => r.map(toCell))];
}

/** The tracker as Office.js reads it back: dates as serial numbers, blanks as "". */
export function asReadByOffice(table: ActionTrackerTable): CellValue[][] {
  const toCell = (v: TrackerValue): CellValue => (v === null ? "" : typeof v === "object" ? v.serialDate : v);
  return [...table.preamble.map((r) => r.map(toCell)), table.header, ...table.rows.map((r) => r.map(toCell))];
}

/** The value in a row under a heading. */
export function valueOf(table: ActionTrackerTable, row: TrackerValue[], header: string): TrackerValue {
  const index = table.header.indexOf(header);
  if (index < 0) throw new Error(`No column "${header}"`);
  return row[index] ?? null;
}

/** The row of a group, by its name in the Group column (first match). */
export function rowOfGroup(table: ActionTrackerTable, group: string): TrackerValue[] {
  const index = table.header.indexOf("Group");
  const row = table.rows.find((r) => r[index] === group);
  if (row === undefined) throw new Error(`No row for ${group}`);
  return row;
}

/** Sets a cell of a read-back sheet by heading, for simulating what a user typed. */
export function typeInto(sheet: CellValue[][], rowIndex: number, header: string, value: CellValue): void {
  const headerRow = sheet.findIndex((r) => r.includes("Action ID"));
  const column = sheet[headerRow].indexOf(header);
  if (column < 0) throw new Error(`No column "${header}"`);
  sheet[headerRow + 1 + rowIndex][column] = value;
}

/** What a merge says the tracker holds, without where its rows sat on the sheet it was read from. */
export function contentOf(table: ActionTrackerTable): Pick<ActionTrackerTable, "preamble" | "header" | "rows" | "actions"> {
  return { preamble: table.preamble, header: table.header, rows: table.rows, actions: table.actions };
}
