import { ACTION_STATUSES } from "../actions/actionStatuses";
import { ACTION_TRACKER_COLUMNS, type ActionColumn } from "../actions/actionTrackerColumns";
import { NOT_ESCALATED } from "../actions/escalationLevelFor";
import type { ActionTrackerTable, TrackerValue } from "../actions/types";
import { columnLetter } from "../audit/columnLetter";
import { addinMarker } from "./addinMarker";
import { CellGrid } from "./cellGrid";
import { DEFAULT_SHEET_NAMES } from "./defaultSheetNames";
import type { CellStyle, ColumnSpec, ConditionalFormatSpec, ListValidationSpec, SheetModel, TableSpec } from "./sheetModel";
import { SHEET_STYLES, STATUS_COLOURS } from "./sheetStyles";
import { statusRules } from "./statusRules";

/** Rows below the last action that still get the status dropdown, for actions users add by hand. */
const spareDropdownRows = 200;
const userColumnWidth = 16;
const carriesWorthAttention = 2;

const styleByFormat: Record<ActionColumn["format"], CellStyle> = {
  text: SHEET_STYLES.text,
  wrapped: SHEET_STYLES.wrapped,
  date: SHEET_STYLES.date,
  count: SHEET_STYLES.count,
};

function styleFor(column: ActionColumn | undefined, value: TrackerValue): CellStyle {
  if (value !== null && typeof value === "object") return SHEET_STYLES.date;
  return column === undefined ? SHEET_STYLES.text : styleByFormat[column.format];
}

function tableHeadersUsable(header: readonly string[]): boolean {
  const lower = header.map((h) => h.trim().toLowerCase());
  return lower.every((h) => h !== "") && new Set(lower).size === lower.length;
}

/** Which of our columns each header position holds: as the merge placed them, else by heading. */
function columnsOf(table: ActionTrackerTable): (ActionColumn | undefined)[] {
  const placed = table.placement?.columns;
  if (placed !== undefined) {
    const columnAt: (ActionColumn | undefined)[] = table.header.map(() => undefined);
    for (const column of ACTION_TRACKER_COLUMNS) if ((placed[column.id] ?? -1) >= 0) columnAt[placed[column.id]] = column;
    return columnAt;
  }
  const columnAt = table.header.map((text) => ACTION_TRACKER_COLUMNS.find((c) => c.header.toLowerCase() === text.trim().toLowerCase()) as ActionColumn | undefined);
  // Only the first column with one of our headings is ours (the merge reads it the same way).
  const seen = new Set<string>();
  columnAt.forEach((column, index) => {
    if (column === undefined) return;
    if (seen.has(column.id)) columnAt[index] = undefined;
    else seen.add(column.id);
  });
  return columnAt;
}

/**
 * The Action Tracker sheet from the merged table: any rows the user kept above the header, the header,
 * one row per action. It is an Excel table with filter buttons (when every heading is unique and
 * filled, as Excel requires) with the header frozen, dates as dd/mm/yyyy, a status dropdown (Open, In
 * progress, Ready to close, Closed) that also covers spare rows, and colours for overdue due dates
 * (live, with TODAY()), repeated carry-forward, escalation and group status. The Key column is hidden.
 * Pure; never throws.
 *
 * @example
 * const model = buildActionTrackerSheet({ preamble: [], header: ["Action ID", "Status"], rows: [["ACT-001", "Open"]], actions: [] });
 * model.validations[0].values; // => ["Open", "In progress", "Ready to close", "Closed"]
 */
export function buildActionTrackerSheet(table: ActionTrackerTable, sheetName: string = DEFAULT_SHEET_NAMES["action-tracker"]): SheetModel {
  const grid = new CellGrid();
  table.preamble.forEach((values, index) => values.forEach((value, column) => grid.set(index + 1, column + 1, value, styleFor(undefined, value))));
  const headerRow = table.preamble.length + 1;
  grid.setRow(headerRow, 1, table.header, SHEET_STYLES.header);
  const columnAt = columnsOf(table);
  table.rows.forEach((values, rowIndex) => {
    table.header.forEach((_, index) => grid.set(headerRow + 1 + rowIndex, index + 1, values[index] ?? null, styleFor(columnAt[index], values[index] ?? null)));
  });
  const lastRow = headerRow + Math.max(table.rows.length, 1);
  const width = table.header.length;
  const indexOf = (id: string): number => columnAt.findIndex((c) => c?.id === id) + 1;
  const firstData = headerRow + 1;
  const columnRange = (id: string, bottom = lastRow) => ({ top: firstData, left: indexOf(id), bottom, right: indexOf(id) });

  const columns: ColumnSpec[] = table.header.map((_, index) => {
    const column = columnAt[index];
    return column === undefined ? { column: index + 1, width: userColumnWidth } : { column: index + 1, width: column.width, hidden: column.hidden || undefined };
  });
  const validations: ListValidationSpec[] = [];
  if (indexOf("status") > 0) {
    validations.push({ range: columnRange("status", lastRow + spareDropdownRows), values: ACTION_STATUSES, allowBlank: true, errorMessage: `Choose one of: ${ACTION_STATUSES.join(", ")}.` });
  }
  const status = columnLetter(indexOf("status"));
  const due = columnLetter(indexOf("due"));
  const needsBoth = indexOf("due") > 0 && indexOf("status") > 0;
  const escalation = columnLetter(indexOf("escalationLevel"));
  const overdue = STATUS_COLOURS["below-target"];
  const attention = STATUS_COLOURS.fragile;
  const allFormats: ConditionalFormatSpec[] = [
    { range: columnRange("groupStatus"), rules: statusRules() },
    {
      range: columnRange("status"),
      rules: [
        { kind: "cell-is", operator: "equal", formulae: ['"Closed"'], style: { fill: STATUS_COLOURS["insufficient-evidence"].fill, fontColour: STATUS_COLOURS["insufficient-evidence"].fontColour } },
        { kind: "cell-is", operator: "equal", formulae: ['"Ready to close"'], style: { ...STATUS_COLOURS.embedded } },
      ],
    },
    {
      range: needsBoth ? columnRange("due") : { top: 0, left: 0, bottom: 0, right: 0 },
      rules: [{ kind: "expression", formula: `AND(ISNUMBER($${due}${firstData}),$${due}${firstData}<TODAY(),$${status}${firstData}<>"Closed")`, style: { ...overdue, bold: true } }],
    },
    { range: columnRange("timesCarriedForward"), rules: [{ kind: "cell-is", operator: "greaterThanOrEqual", formulae: [String(carriesWorthAttention)], style: { ...attention, bold: true } }] },
    {
      range: columnRange("escalationLevel"),
      rules: [{ kind: "expression", formula: `AND($${escalation}${firstData}<>"",$${escalation}${firstData}<>"${NOT_ESCALATED}")`, style: { ...overdue, bold: true } }],
    },
  ];
  // A table from an older or hand-edited tracker may lack a column: colour only the columns present.
  const formats = allFormats.filter((format) => format.range.left > 0);
  const tables: TableSpec[] = tableHeadersUsable(table.header)
    ? [{ name: "CQC_ActionTracker", range: { top: headerRow, left: 1, bottom: lastRow, right: width }, showFilterButtons: true, style: "TableStyleLight9", showRowStripes: true }]
    : [];
  return {
    name: sheetName,
    role: "action-tracker",
    marker: addinMarker.forSheet("action-tracker", sheetName),
    cells: grid.toCells(),
    merges: [],
    columns,
    frozen: { rows: headerRow, columns: 1 },
    tables,
    conditionalFormats: formats,
    validations,
    charts: [],
    tabColour: "C55A11",
  };
}
