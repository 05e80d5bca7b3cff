import { isBlank, type CellValue } from "../values";
import { chooseLayout } from "./chooseLayout";
import { COLUMN_ROLE_WORDS } from "./columnRoleWords";
import { columnLetter } from "./columnLetter";
import { COLUMN_VOCABULARY } from "./columnVocabulary";
import { findGroupColumns } from "./findGroupColumns";
import { findHeaderRow } from "./findHeaderRow";
import { normaliseText } from "./normaliseText";
import { proposeColumnRoles } from "./proposeColumnRoles";
import { recogniseNonAuditSheet } from "./recogniseNonAuditSheet";
import { GROUPING_ROLES, type GridLayout } from "./types";

/** How much a grid looks like audit results, for the task pane to suggest sheets and tables. */
export interface AuditDataLikelihood {
  /** From 0 (certainly not audit results) to 1. */
  score: number;
  /** Whether the task pane should offer the grid as audit data (score at least 0.5). */
  suggested: boolean;
  /** The spreadsheet row number of the header found, or null for an empty grid. */
  headerRow: number | null;
  /** The layout the grid would be read with, or null when it has nothing to read. */
  layout: GridLayout | null;
  /** Why, in plain English. */
  reason: string;
  /**
   * True when the grid has no measure but a column would be one if its header said how to read it
   * (see `ColumnMappingEntry.unclearMeasure`); the reason names it and what to write.
   */
  unclearMeasure?: boolean;
}

/** Options of `looksLikeAuditData`. */
export interface LooksLikeAuditDataOptions {
  /** The spreadsheet row number of grid[0]; default 1. */
  firstRow?: number;
  /** The spreadsheet column number of grid[n][0], for naming columns; default 1. */
  firstColumn?: number;
}

/** The score from which a grid is suggested as audit data. */
const suggestionThreshold = 0.5;
/** Headers an action plan has (Finding, Action, Owner, Due date, Status): three make one. */
const fewestActionPlanHeaders = 3;
/** An action plan may hold a Yes/No "Completed" column, but it is still not audit results. */
const actionPlanScoreCeiling = 0.15;
/** Rows looked at to count data rows; a sheet with more is plenty. */
const rowsCounted = 2000;
/** Data rows for full marks on quantity; fewer weakens the suggestion a little. */
const rowsForFullMarks = 10;

const actionPlanPhrases: readonly string[] = COLUMN_VOCABULARY.actionPlanHeaders.map((phrase) => ` ${normaliseText(phrase)} `);

function isActionPlanHeader(header: string): boolean {
  const padded = ` ${normaliseText(header)} `;
  return padded.trim() !== "" && actionPlanPhrases.some((phrase) => padded.includes(phrase));
}

function countFilledRows(grid: ReadonlyArray<ReadonlyArray<CellValue>>, from: number): number {
  let filled = 0;
  const end = Math.min(grid.length, from + rowsCounted);
  for (let r = from; r < end; r++) {
    const row = grid[r];
    if (!Array.isArray(row)) continue;
    if (row.some((v) => !isBlank(v))) filled++;
  }
  return filled;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A grouping role as users read it ("staff group", "evidence source"), not its name in code. */
function groupingWords(role: (typeof GROUPING_ROLES)[number]): string {
  return COLUMN_ROLE_WORDS[role].replace(/^an? /, "");
}

/**
 * Scores how much a grid looks like audit results, so that the task pane can suggest which sheets and
 * tables to read. A grid needs a measure (scores, Passed/Checked counts, Yes/No items or week/month
 * columns) to score above 0.2; groups to compare by, dates and a few rows of data raise it. An action
 * plan (three or more of Finding, Action, Owner, Due date, Status, RAG ...), a lookup list, a staff rota,
 * a training matrix, a meeting log or a read-me (see `recogniseNonAuditSheet`) scores at most 0.15
 * whatever it holds, with the reason; a sheet of notes scores low. Never throws.
 *
 * @example
 * looksLikeAuditData([["Finding", "Action", "Owner", "Due date", "Status"], ["Generic notes", "Coaching", "Deputy manager", 46100, "Open"]]).suggested; // => false
 */
export function looksLikeAuditData(
  grid: ReadonlyArray<ReadonlyArray<CellValue>>,
  options: LooksLikeAuditDataOptions = {},
): AuditDataLikelihood {
  const firstRow = typeof options.firstRow === "number" && Number.isSafeInteger(options.firstRow) && options.firstRow >= 1 ? options.firstRow : 1;
  const rows: ReadonlyArray<ReadonlyArray<CellValue>> = Array.isArray(grid) ? grid : [];
  const headerIndex = findHeaderRow(rows);
  if (headerIndex === null) return { score: 0, suggested: false, headerRow: null, layout: null, reason: "The sheet is empty." };
  const headerRow = firstRow + headerIndex;
  const firstColumn = typeof options.firstColumn === "number" && Number.isSafeInteger(options.firstColumn) && options.firstColumn >= 1 ? options.firstColumn : 1;
  const mapping = proposeColumnRoles(rows, headerIndex, { firstColumn });
  const sideBySide = findGroupColumns(rows, headerIndex, mapping);
  const layout: GridLayout = sideBySide === null ? chooseLayout(mapping) : "groups-as-columns";
  const count = (role: string): number => mapping.filter((entry) => entry.role === role).length;
  const items = count("item");
  const periods = count("period");
  const hasMeasure = layout === "wide" ? periods > 0 : items > 0 || count("score") > 0 || (count("passed") > 0 && count("checked") > 0);
  const groupings = GROUPING_ROLES.filter((role) => count(role) > 0 || sideBySide?.role === role);
  const dated = count("date") > 0 || periods > 0;
  const dataRows = countFilledRows(rows, headerIndex + 1);
  const actionPlanHeaders = mapping.filter((entry) => isActionPlanHeader(entry.header)).map((entry) => entry.header);

  const notAudit = recogniseNonAuditSheet(rows, headerIndex, mapping);
  if (notAudit !== null) return { score: hasMeasure ? actionPlanScoreCeiling : 0.05, suggested: false, headerRow, layout: null, reason: notAudit.reason };
  if (actionPlanHeaders.length >= fewestActionPlanHeaders) {
    return {
      score: hasMeasure ? actionPlanScoreCeiling : 0.05,
      suggested: false,
      headerRow,
      layout: null,
      reason: `An action plan (${actionPlanHeaders.slice(0, 5).join(", ")}), not audit results.`,
    };
  }
  if (!hasMeasure) {
    const score = groupings.length > 0 ? 0.2 : 0.1;
    // A column that would be the measure if its header said how to read it is named, with what to write.
    const unclear = mapping.filter((entry) => entry.unclearMeasure === true).map((entry) => {
      const name = `column ${columnLetter(firstColumn + entry.index)}${entry.header === "" ? "" : ` "${entry.header}"`}`;
      return ` ${name[0].toUpperCase()}${name.slice(1)} ${entry.reason[0].toLowerCase()}${entry.reason.slice(1)}`;
    });
    return {
      score, suggested: false, headerRow, layout: null,
      reason: dataRows === 0 ? "Nothing under the header to read." : `No column of scores, counts, Yes/No answers or weekly or monthly results.${unclear.join("")}`,
      ...(dataRows > 0 && unclear.length > 0 ? { unclearMeasure: true } : {}),
    };
  }
  // A header with nothing under it (a summary cell such as "Overall | 87%", an empty template) has no
  // audit results to compare: not proposed, though the user may still tick it.
  if (dataRows === 0) return { score: 0.15, suggested: false, headerRow, layout: null, reason: "Nothing under the header to read." };
  const measure = sideBySide !== null
    ? `${sideBySide.columns.length} ${groupingWords(sideBySide.role)}s side by side (${sideBySide.columns.map((column) => `"${column.name}"`).join(", ")}), one column each`
    : layout === "wide" ? plural(periods, "week or month column", "week or month columns")
    : layout === "per-record-items" ? plural(items, "Yes/No question", "Yes/No questions")
    : count("passed") > 0 && count("checked") > 0 ? "counts passed and checked" : "a score column";
  const score = 0.55 + (groupings.length > 0 ? 0.2 : 0) + (dated ? 0.1 : 0) + 0.15 * Math.min(1, dataRows / rowsForFullMarks);
  const rounded = Math.round(score * 100) / 100;
  const parts = [
    `Header in row ${headerRow}`,
    measure,
    groupings.length > 0 ? `grouped by ${groupings.map(groupingWords).join(", ")}` : "nothing to group by",
    dated ? "dated" : "no dates",
    dataRows >= rowsCounted ? `over ${rowsCounted} rows` : plural(dataRows, "row", "rows"),
  ];
  return { score: rounded, suggested: rounded >= suggestionThreshold, headerRow, layout, reason: `${parts.join("; ")}.` };
}
