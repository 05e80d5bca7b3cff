import { excelErrorOf, isBlank, parseNumber, parseYesNo, type CellValue } from "../values";
import { groupLabelsAbove } from "./groupLabelsAbove";
import { matchHeaderRole } from "./matchHeaderRole";
import { parsePeriodHeader } from "./parsePeriodHeader";

/** Headers sit near the top: titles, notes and a blank row or two rarely take more than this. */
const rowsSearched = 50;
/** Rows below a candidate that show whether data follows it. */
const rowsBelowInspected = 10;
/** Text longer than this is a title sentence or a note, not a column header. */
const longestHeaderLength = 60;
/** A wide tracker's header has a run of dates; a single date in a row is a data value. */
const fewestPeriodHeadings = 2;

interface RowEvidence {
  /** Short text cells that are not values (the stuff of headers). */
  headerLike: number;
  /** Cells naming a known column role or a week or month. */
  known: number;
  /** Numbers, answers, errors: the stuff of data rows. */
  dataLike: number;
  /** Sentences: titles and notes. */
  longText: number;
  /** Indexes of the non-blank cells. */
  columns: number[];
}

function rowEvidence(row: ReadonlyArray<CellValue>): RowEvidence {
  const evidence: RowEvidence = { headerLike: 0, known: 0, dataLike: 0, longText: 0, columns: [] };
  let periodHeadings = 0;
  for (let c = 0; c < row.length; c++) {
    const v: unknown = row[c];
    if (isBlank(row[c])) continue;
    evidence.columns.push(c);
    if (typeof v === "string") {
      const text = v.trim();
      if (excelErrorOf(text) !== null || parseNumber(text) !== null || parseYesNo(text) !== null) evidence.dataLike++;
      else if (parsePeriodHeader(text) !== null) periodHeadings++;
      else if (text.length > longestHeaderLength) evidence.longText++;
      else {
        evidence.headerLike++;
        if (matchHeaderRole(text) !== null) evidence.known++;
      }
    } else if ((typeof v === "number" || v instanceof Date) && parsePeriodHeader(v) !== null) periodHeadings++;
    else evidence.dataLike++;
  }
  if (periodHeadings >= fewestPeriodHeadings) {
    evidence.headerLike += periodHeadings;
    evidence.known += periodHeadings;
  } else evidence.dataLike += periodHeadings;
  return evidence;
}

/**
 * How far the rows below fill the candidate's columns (up to 1), less how far they spill outside them,
 * up to the next row that looks like a header of its own (a second table stacked below). A row of one
 * text cell (a title or a group heading) says nothing about the columns and is passed over.
 */
function dataBelowFit(grid: ReadonlyArray<ReadonlyArray<CellValue>>, r: number, columns: readonly number[]): number {
  const inHeader = new Set(columns);
  let rowsSeen = 0;
  let inside = 0;
  let outside = 0;
  for (let below = r + 1; below < grid.length && rowsSeen < rowsBelowInspected; below++) {
    const row = grid[below];
    if (!Array.isArray(row)) continue;
    const evidence = rowEvidence(row);
    if (evidence.columns.length === 1 && evidence.dataLike === 0) continue;
    if (evidence.dataLike === 0 && evidence.longText === 0 && evidence.known >= 1 && evidence.headerLike >= 2) break;
    let filled = 0;
    for (let c = 0; c < row.length; c++) {
      if (isBlank(row[c])) continue;
      filled++;
      if (inHeader.has(c)) inside++;
      else outside++;
    }
    if (filled > 0) rowsSeen++;
  }
  if (rowsSeen === 0) return 0;
  return (inside - outside) / (columns.length * rowsSeen);
}

/** A lone header row still counts a little, before any data is typed under it. */
const baseFit = 0.25;

/**
 * The 0-based index of the header row of an audit grid, below any title rows, notes and blank rows,
 * or null when the top of the grid is empty.
 *
 * Each of the first 50 non-blank rows is scored by how many of its cells are short text, how many of
 * those name a known column or a week or month, less its numbers, answers and sentences; the score is
 * then weighted by how well the rows below fill its columns. The best row wins (the earliest on a tie);
 * when it is the upper row of a two-row header (labels merged over the row below, see
 * `groupLabelsAbove`) the lower row is returned. When no row looks like a header the first non-blank
 * row is returned. Never throws.
 *
 * @example
 * findHeaderRow([["Care record audit 2026"], [], ["Team", "Date", "Score"], ["Team A", 46027, 0.9]]); // => 2
 */
export function findHeaderRow(grid: ReadonlyArray<ReadonlyArray<CellValue>>): number | null {
  if (!Array.isArray(grid)) return null;
  let best: number | null = null;
  let bestScore = 0;
  let firstNonBlank: number | null = null;
  const end = Math.min(grid.length, rowsSearched);
  for (let r = 0; r < end; r++) {
    const row = grid[r];
    if (!Array.isArray(row)) continue;
    const evidence = rowEvidence(row);
    if (evidence.columns.length === 0) continue;
    if (firstNonBlank === null) firstNonBlank = r;
    const own = evidence.headerLike + 2 * evidence.known - 2 * evidence.dataLike - 2 * evidence.longText;
    if (own <= 0) continue;
    const score = own * (baseFit + dataBelowFit(grid, r, evidence.columns));
    if (score > bestScore) {
      bestScore = score;
      best = r;
    }
  }
  if (best !== null && Array.isArray(grid[best + 1])) {
    // A two-row header whose upper row of labels scored higher: the lower row is the header, read with
    // the labels over it (see `groupLabelsAbove`), and the data starts below it.
    const lower = rowEvidence(grid[best + 1]);
    if (lower.columns.length > 0 && lower.dataLike === 0 && lower.longText === 0 && groupLabelsAbove(grid[best], grid[best + 1]) !== null) return best + 1;
  }
  return best ?? firstNonBlank;
}
