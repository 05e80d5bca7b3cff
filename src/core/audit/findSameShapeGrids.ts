import { cellText } from "./cellText";
import { COLUMN_VOCABULARY } from "./columnVocabulary";
import { findHeaderRow } from "./findHeaderRow";
import { normaliseText } from "./normaliseText";
import { parsePeriodHeader } from "./parsePeriodHeader";
import type { GroupingRole } from "./types";
import type { WorkbookGrid } from "./readWorkbookGrids";

/**
 * Sheets of one shape: read together, they are one audit with the sheet name as the group, or as the
 * period when every sheet is named by one ("Jan", "Feb", "Mar"; "Week 1", "Week 2").
 */
export interface SameShapeGrids {
  /** Positions in the grids given, in order. */
  indexes: number[];
  /** The sheet names, in order. */
  sheets: string[];
  /** What the sheet names stand for: a week or month ("period") when each names one, else teams unless the names say otherwise. */
  role: GroupingRole | "period";
  /** The header the sheets share, as written on the first ("Date | Record | Q1 ..."). */
  header: string;
}

/** Two sheets make a comparison. */
const fewestSheets = 2;

function phraseSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((word) => normaliseText(word)));
}

const shiftValues = phraseSet(COLUMN_VOCABULARY.shiftValues);
const staffGroupValues = phraseSet(COLUMN_VOCABULARY.staffGroupValues);
const locationWords = phraseSet(COLUMN_VOCABULARY.locationValueWords);

/**
 * The grouping a set of sheet names stands for: shifts when every name is a shift ("Day", "Night"),
 * staff groups when every name is one, locations when every name ends in a place word ("Rose House",
 * "Elm Court"), otherwise teams ("Team A", "Oak", "Beta").
 *
 * @example
 * groupRoleOfNames(["Rose House", "Elm Court"]); // => "location"
 * groupRoleOfNames(["Team A", "Team B"]); // => "team"
 */
function groupRoleOfNames(names: readonly string[]): GroupingRole {
  const normalised = names.map((name) => normaliseText(name));
  if (normalised.every((name) => shiftValues.has(name))) return "shift";
  if (normalised.every((name) => staffGroupValues.has(name))) return "staffGroup";
  if (normalised.every((name) => locationWords.has(name.split(" ").pop() ?? ""))) return "location";
  return "team";
}

/** The header row's texts, normalised, as the shape's key; null without a header. */
function shapeOf(grid: WorkbookGrid): { key: string; header: string } | null {
  const values = Array.isArray(grid.values) ? grid.values : [];
  const headerIndex = findHeaderRow(values);
  if (headerIndex === null) return null;
  const cells = (Array.isArray(values[headerIndex]) ? values[headerIndex] : []).map((v) => cellText(v));
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  const normalised = cells.map((text) => normaliseText(text));
  return normalised.every((text) => text === "") ? null : { key: normalised.join("\u0000"), header: cells.filter((text) => text !== "").join(" | ") };
}

/**
 * Finds the sheets (or files' sheets) that share one shape: the same header texts in the same
 * columns, ignoring case and punctuation. Each set of two or more is offered as one audit, with the
 * sheet name as the group: quality leads often keep one sheet per team with the team only in the
 * sheet's name, or one sheet per month ("Jan", "Feb", "Mar"), where the name is the period instead. `among` limits the search to some positions (the sheets that look like audit data).
 * Never throws.
 *
 * @example
 * findSameShapeGrids([
 *   { sheet: "Team A", values: [["Date", "Score"], [46027, 0.9]] },
 *   { sheet: "Team B", values: [["Date", "Score"], [46027, 0.8]] },
 *   { sheet: "Lookups", values: [["Answers"], ["Yes"], ["No"]] },
 * ]).map((set) => set.sheets); // => [["Team A", "Team B"]]
 */
export function findSameShapeGrids(grids: readonly WorkbookGrid[], among?: readonly number[]): SameShapeGrids[] {
  if (!Array.isArray(grids)) return [];
  const allowed = Array.isArray(among) ? new Set(among) : null;
  const byShape = new Map<string, { indexes: number[]; header: string }>();
  grids.forEach((grid, index) => {
    if (allowed !== null && !allowed.has(index)) return;
    if (grid === null || typeof grid !== "object") return;
    const shape = shapeOf(grid);
    if (shape === null) return;
    const set = byShape.get(shape.key);
    if (set === undefined) byShape.set(shape.key, { indexes: [index], header: shape.header });
    else set.indexes.push(index);
  });
  const sets: SameShapeGrids[] = [];
  for (const { indexes, header } of byShape.values()) {
    if (indexes.length < fewestSheets) continue;
    const sheets = indexes.map((index) => String(grids[index].sheet));
    // The same sheet in several files is a provider roll-up, not groups side by side.
    if (new Set(sheets.map((sheet) => sheet.toLowerCase())).size < sheets.length) continue;
    const periods = sheets.every((sheet) => parsePeriodHeader(sheet) !== null);
    sets.push({ indexes, sheets, role: periods ? "period" : groupRoleOfNames(sheets), header });
  }
  return sets;
}
