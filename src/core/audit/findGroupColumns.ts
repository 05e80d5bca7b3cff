import { isBlank, parseNumber, type CellValue } from "../values";
import { COLUMN_VOCABULARY } from "./columnVocabulary";
import { isTotalsLabel } from "./isTotalsLabel";
import { normaliseText } from "./normaliseText";
import { readItemAnswer } from "./readItemAnswer";
import type { ColumnMapping, GroupingRole } from "./types";

/** Groups laid side by side: one column of answers or scores per team, unit, shift or location. */
export interface GroupColumns {
  role: GroupingRole;
  /** What the cells hold: Yes/No answers, or scores. */
  holds: "answers" | "scores";
  columns: { index: number; name: string }[];
}

/** Group names are short ("Oak Unit", "Team A", "Rose House"). */
const longestGroupNameInWords = 3;
/** Side-by-side groups need at least two columns to compare. */
const fewestGroupColumns = 2;
/** Rows below the header looked at to judge what the columns hold. */
const rowsLooked = 50;
/** Share of a column's filled cells that must be answers (or scores) for it to hold them. */
const readableShare = 0.6;

function phraseSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((word) => normaliseText(word)));
}

const teamWords = phraseSet(COLUMN_VOCABULARY.teamValueWords);
const locationWords = phraseSet(COLUMN_VOCABULARY.locationValueWords);
const shiftValues = phraseSet(COLUMN_VOCABULARY.shiftValues);
const staffGroupValues = phraseSet(COLUMN_VOCABULARY.staffGroupValues);

/** The grouping a header names when it is a group's own name ("Oak Unit", "Night", "Rose House"). */
function roleOfGroupName(header: string): GroupingRole | null {
  const normalised = normaliseText(header);
  if (normalised === "") return null;
  if (shiftValues.has(normalised)) return "shift";
  if (staffGroupValues.has(normalised)) return "staffGroup";
  // A group's own name is short and starts or ends with the kind of group ("Team A", "Oak Unit", "Rose
  // House"); a question that mentions one ("Home visit done") is not a name.
  const words = normalised.split(" ");
  if (words.length > longestGroupNameInWords) return null;
  const last = words[words.length - 1];
  if (teamWords.has(words[0]) || teamWords.has(last)) return "team";
  return locationWords.has(last) ? "location" : null;
}

/** Whether a row's first filled cell is a totals label ("Total"): its figures are sums, not answers. */
function isTotalsRow(row: ReadonlyArray<CellValue>): boolean {
  const first = row.find((v) => !isBlank(v));
  return typeof first === "string" && isTotalsLabel(first);
}

function holdsOf(grid: ReadonlyArray<ReadonlyArray<CellValue>>, headerIndex: number, column: number): "answers" | "scores" | null {
  let filled = 0;
  let answers = 0;
  let scores = 0;
  const end = Math.min(grid.length, headerIndex + 1 + rowsLooked);
  for (let r = headerIndex + 1; r < end; r++) {
    const row = grid[r];
    if (!Array.isArray(row) || isTotalsRow(row)) continue;
    const v: CellValue = row[column];
    const answer = readItemAnswer(v);
    if (answer === "blank") continue;
    filled++;
    if (typeof v === "number" || (typeof v === "string" && parseNumber(v) !== null)) scores++;
    else if (answer === "yes" || answer === "no" || answer === "partial" || answer === "na") answers++;
  }
  if (filled === 0) return null;
  if (answers >= readableShare * filled) return "answers";
  return scores >= readableShare * filled ? "scores" : null;
}

/**
 * The columns of a grid that are groups side by side, when its header names teams, units, shifts or
 * locations ("Oak Unit", "Elm Unit", "Ash Unit") over columns of Yes/No answers or of scores, one
 * column per group, with each row a question or a period. Null when fewer than two such columns share
 * one kind of group, when they hold different things, or when a column of the mapping already gives
 * that kind of group row by row. Never throws.
 *
 * @example
 * findGroupColumns([["Question", "Oak Unit", "Elm Unit"], ["Care plan signed", "Yes", "No"]], 0, [])?.columns;
 * // => [{ index: 1, name: "Oak Unit" }, { index: 2, name: "Elm Unit" }]
 */
export function findGroupColumns(grid: ReadonlyArray<ReadonlyArray<CellValue>>, headerIndex: number, mapping: ColumnMapping): GroupColumns | null {
  const header: ReadonlyArray<CellValue> = Array.isArray(grid?.[headerIndex]) ? grid[headerIndex] : [];
  const found: { index: number; name: string; role: GroupingRole; holds: "answers" | "scores" }[] = [];
  for (const entry of Array.isArray(mapping) ? mapping : []) {
    if (entry.role === "date" || entry.role === "period") continue;
    const cell = header[entry.index];
    const name = typeof cell === "string" ? cell.trim().replace(/\s+/g, " ") : "";
    const role = roleOfGroupName(name);
    if (role === null) continue;
    const holds = holdsOf(grid, headerIndex, entry.index);
    if (holds !== null) found.push({ index: entry.index, name, role, holds });
  }
  if (found.length < fewestGroupColumns) return null;
  const inFound = new Set(found.map((column) => column.index));
  // In an item audit every question has a column: one question column that is not a group's name means
  // the named ones are questions too.
  if ((Array.isArray(mapping) ? mapping : []).some((entry) => entry.role === "item" && !inFound.has(entry.index))) return null;
  const { role, holds } = found[0];
  if (found.some((column) => column.role !== role || column.holds !== holds)) return null;
  if ((Array.isArray(mapping) ? mapping : []).some((entry) => entry.role === role && !inFound.has(entry.index))) return null;
  return { role, holds, columns: found.map(({ index, name }) => ({ index, name })) };
}
