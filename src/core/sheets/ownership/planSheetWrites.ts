import { ACTION_TRACKER_COLUMNS } from "../../actions/actionTrackerColumns";
import { toTrackerValue } from "../../actions/toTrackerValue";
import type { ActionTrackerTable, TrackerValue } from "../../actions/types";
import { isBlank, type CellValue } from "../../values";
import type { DefinedNameEntry } from "../addinMarker";
import type { ExistingSheetInfo } from "../existingSheetInfo";
import type { CellRange, ModelCell, SheetModel } from "../sheetModel";
import { ownedBlocks } from "./ownedBlocks";
import { ownershipNames, type OwnershipRecord } from "./ownershipNames";
import type { CellWrite, SheetWritePlan } from "./sheetWritePlan";

/** The whole sheet: what a refresh empties when an earlier version of the add-in recorded no blocks (it owned the whole sheet then). */
const wholeSheet: CellRange = { top: 1, left: 1, bottom: 1048576, right: 16384 };
const dateStyle = { numberFormat: "dd/mm/yyyy" };

/** What the planner needs to know about the workbook as it stands. */
export interface ExistingOwnership {
  sheets: readonly ExistingSheetInfo[];
  record: OwnershipRecord;
  /** Our Action Tracker's values as read, from A1, or null. */
  trackerValues: readonly (readonly CellValue[])[] | null;
}

function markerName(model: SheetModel): DefinedNameEntry {
  return { name: model.marker.definedName, refersTo: model.marker.refersTo };
}

function isOurs(model: SheetModel, existing: ExistingOwnership): boolean {
  return existing.sheets.some((sheet) => sheet.ownedByAddin && sheet.role === model.role);
}

function sameValue(a: TrackerValue, b: TrackerValue): boolean {
  if (a !== null && typeof a === "object" && b !== null && typeof b === "object") return Math.abs(a.serialDate - b.serialDate) < 1e-9;
  return a === b;
}

function cellAt(model: SheetModel, row: number, column: number): ModelCell | null {
  return model.cells[row - 1]?.[column - 1] ?? null;
}

function trackerNames(model: SheetModel, tracker: ActionTrackerTable, headerRow: number, existing: ExistingOwnership): { names: DefinedNameEntry[]; staleNames: string[] } {
  const positions = tracker.placement?.columns ?? Object.fromEntries(ACTION_TRACKER_COLUMNS.map((column) => [column.id, tracker.header.indexOf(column.header)]));
  const columnNames = ACTION_TRACKER_COLUMNS.filter((column) => (positions[column.id] ?? -1) >= 0).map((column) => ownershipNames.column(column.id, model.name, headerRow, positions[column.id] + 1));
  const issued = (tracker.issuedKeys ?? []).map((key) => ownershipNames.issued(key));
  const current = new Set(issued.map((entry) => entry.name.toLowerCase()));
  const staleNames = [...existing.record.issuedDigests]
    .map((digest) => ownershipNames.issued("").name.replace(/[0-9a-f]{8}$/, digest))
    .filter((name) => !current.has(name.toLowerCase()));
  return { names: [markerName(model), ...columnNames, ...issued], staleNames };
}

/** The tracker table laid out exactly where its rows are on the sheet, new rows below the last row in use. */
function placeTracker(tracker: ActionTrackerTable, values: readonly (readonly CellValue[])[]): { table: ActionTrackerTable; headerRow: number; rowAt: number[] } {
  let lastUsed = 0;
  values.forEach((row, index) => {
    if (!(row ?? []).every(isBlank)) lastUsed = index + 1;
  });
  const placement = tracker.placement;
  const headerRow = placement?.headerRow ?? lastUsed + 1;
  let next = Math.max(lastUsed, headerRow) + 1;
  const rowAt = tracker.rows.map((_, index) => placement?.sheetRows[index] ?? next++);
  const lastRow = Math.max(headerRow, ...rowAt);
  const rows: TrackerValue[][] = Array.from({ length: lastRow - headerRow }, () => tracker.header.map(() => null));
  tracker.rows.forEach((row, index) => {
    rows[rowAt[index] - headerRow - 1] = row;
  });
  const preamble = Array.from({ length: headerRow - 1 }, (_, index) => (values[index] ?? []).map((value) => toTrackerValue(value, false)));
  return { table: { ...tracker, preamble, rows }, headerRow, rowAt };
}

/**
 * The refresh of an Action Tracker that is already ours: only our columns' cells in our rows, and only
 * where the merge changed them (a user's formula in a cell the merge keeps is never turned into its
 * value), header cells of columns of ours the sheet lacked, and every cell of ours in the rows this run
 * adds below the last row in use. A user's own rows and columns get no write at all.
 */
function planTrackerRefresh(build: (table: ActionTrackerTable) => SheetModel, tracker: ActionTrackerTable, existing: ExistingOwnership): SheetWritePlan {
  const values = existing.trackerValues ?? [];
  const { table, headerRow, rowAt } = placeTracker(tracker, values);
  const model = build(table);
  const positions = tracker.placement?.columns ?? {};
  const added = new Set(tracker.placement?.addedColumns ?? ACTION_TRACKER_COLUMNS.map((column) => column.id));
  const writes: CellWrite[] = [];
  for (const column of ACTION_TRACKER_COLUMNS) {
    const at = positions[column.id];
    if (at === undefined || at < 0) continue;
    const isNew = added.has(column.id);
    if (isNew) writes.push({ row: headerRow, column: at + 1, value: column.header, style: cellAt(model, headerRow, at + 1)?.style ?? null });
    tracker.rows.forEach((row, index) => {
      const sheetRow = rowAt[index];
      const wasThere = tracker.placement?.sheetRows[index] != null;
      const merged = row[at] ?? null;
      const cell = cellAt(model, sheetRow, at + 1);
      if (wasThere && !isNew) {
        const before = toTrackerValue(values[sheetRow - 1]?.[at] ?? null, column.format === "date");
        if (sameValue(before, merged)) return;
        const isDate = merged !== null && typeof merged === "object";
        writes.push({ row: sheetRow, column: at + 1, value: merged, style: isDate ? dateStyle : null });
        return;
      }
      if (merged === null && !isNew) return;
      writes.push({ row: sheetRow, column: at + 1, value: merged, style: cell?.style ?? null });
    });
  }
  const columns = model.columns.filter((spec) => ACTION_TRACKER_COLUMNS.some((column) => added.has(column.id) && positions[column.id] + 1 === spec.column));
  const { names, staleNames } = trackerNames(model, tracker, headerRow, existing);
  return { kind: "refresh", model, clear: [], writes, columns, names, staleNames };
}

function planBlocksRefresh(model: SheetModel, existing: ExistingOwnership): SheetWritePlan {
  const blocks = ownedBlocks(model);
  const writes: CellWrite[] = [];
  model.cells.forEach((row, rowIndex) =>
    row.forEach((cell, columnIndex) => {
      if (cell !== null) writes.push({ row: rowIndex + 1, column: columnIndex + 1, value: cell.value, style: cell.style ?? null });
    }),
  );
  const clear = existing.record.blocks[model.role] ?? [wholeSheet];
  return { kind: "refresh", model, clear, writes, columns: model.columns, names: [markerName(model), ownershipNames.blocks(model.role, model.name, blocks)], staleNames: [] };
}

/**
 * How each of our sheets is written this run: created whole when it is not yet in the workbook, or
 * refreshed in place when it is (see SheetWritePlan). The Action Tracker is owned cell by cell (our
 * columns in our rows); every other sheet of ours is owned block by block (see ownedBlocks), and the
 * blocks, the tracker's columns and the actions issued are recorded in defined names (see
 * ownershipNames) so the next refresh finds them wherever the user has moved them. This is the one
 * place that decides which cells are ours: both adapters carry out its plans. Pure; never throws.
 *
 * @example
 * // planSheetWrites(models, (table) => buildActionTrackerSheet(table, name), tracker, existing)[0].kind; // => "create"
 */
export function planSheetWrites(
  models: readonly SheetModel[],
  buildTracker: (table: ActionTrackerTable) => SheetModel,
  tracker: ActionTrackerTable,
  existing: ExistingOwnership,
): SheetWritePlan[] {
  return models.map((model): SheetWritePlan => {
    if (model.role === "action-tracker") {
      if (isOurs(model, existing)) return planTrackerRefresh(buildTracker, tracker, existing);
      const headerRow = tracker.preamble.length + 1;
      return { kind: "create", model, ...trackerNames(model, tracker, headerRow, existing) };
    }
    if (isOurs(model, existing)) return planBlocksRefresh(model, existing);
    return { kind: "create", model, names: [markerName(model), ownershipNames.blocks(model.role, model.name, ownedBlocks(model))], staleNames: [] };
  });
}
