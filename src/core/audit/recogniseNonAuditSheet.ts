import { isBlank, parseDate, type CellValue } from "../values";
import { cellText } from "./cellText";
import { COLUMN_VOCABULARY } from "./columnVocabulary";
import { normaliseText } from "./normaliseText";
import { PLAUSIBLE_AUDIT_DATES } from "./plausibleAuditDates";
import { readItemAnswer } from "./readItemAnswer";
import type { ColumnMapping } from "./types";

/**
 * The kinds of sheet that sit beside audits in a quality lead's workbook but are not audit results.
 *
 * @example
 * NON_AUDIT_SHEET_KINDS.includes("rota"); // => true
 */
export const NON_AUDIT_SHEET_KINDS = ["lookup", "rota", "training matrix", "meeting log", "read-me"] as const;

/** One of the kinds in `NON_AUDIT_SHEET_KINDS`. */
export type NonAuditSheetKind = (typeof NON_AUDIT_SHEET_KINDS)[number];

/** A sheet recognised as something other than audit results, and why, in plain English. */
export interface NonAuditSheet {
  kind: NonAuditSheetKind;
  reason: string;
}

/** Rows looked at below the header. */
const rowsLooked = 200;
/** A lookup list is short: a drop-down's answers, a list of teams. */
const longestLookupInRows = 30;
/** A list of answers for a drop-down has Yes, No and N/A at least. */
const fewestLookupAnswers = 3;
/** Share of a rota's cells that must be shift codes. */
const rotaCodeShare = 0.6;
/** A rota has a column per day; a training matrix a column per course. */
const fewestRepeatedColumns = 3;
/** Share of a course column's filled cells that must be dates (completion or expiry) or training words. */
const trainingValueShare = 0.5;
/** A meeting log has a few of its own headers. */
const fewestMeetingHeaders = 2;
/** Share of a read-me's filled cells that are sentences. */
const readMeSentenceShare = 0.5;
const sentenceLength = 60;

function phraseSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((word) => normaliseText(word)));
}

const rotaCodes = phraseSet(COLUMN_VOCABULARY.rotaCodes);
const courses = phraseSet(COLUMN_VOCABULARY.trainingCourses);
const meetingHeaders = phraseSet(COLUMN_VOCABULARY.meetingLogHeaders);
const trainingValueWords = phraseSet(["expired", "due", "overdue", "booked", "not booked", "completed", "complete", "in date", "out of date", "required", "not required", "exempt"]);
const answerCodes: ReadonlySet<string> = new Set(["y", "n", "yes", "no"]);

function isFilled(v: CellValue): boolean {
  return !isBlank(v);
}

function dataRows(grid: ReadonlyArray<ReadonlyArray<CellValue>>, headerIndex: number): ReadonlyArray<CellValue>[] {
  const rows: ReadonlyArray<CellValue>[] = [];
  for (let r = headerIndex + 1; r < grid.length && rows.length < rowsLooked; r++) {
    const row = grid[r];
    if (Array.isArray(row) && row.some(isFilled)) rows.push(row);
  }
  return rows;
}

function columnValues(rows: readonly ReadonlyArray<CellValue>[], column: number): CellValue[] {
  return rows.map((row) => row[column]).filter(isFilled);
}

function lookup(rows: readonly ReadonlyArray<CellValue>[], mapping: ColumnMapping): NonAuditSheet | null {
  const items = mapping.filter((entry) => entry.role === "item");
  // Audits are dated; a drop-down's list is not, and holds Yes, No and N/A (at least) once each.
  if (items.length === 0 || rows.length > longestLookupInRows || mapping.some((entry) => entry.role === "date" || entry.role === "period")) return null;
  for (const item of items) {
    const answers = columnValues(rows, item.index).map((v) => readItemAnswer(v, item.rag === true));
    if (answers.length < fewestLookupAnswers || new Set(answers).size !== answers.length) return null;
  }
  const listed = items.map((item) => columnValues(rows, item.index).map((v) => cellText(v)).join(", "));
  return { kind: "lookup", reason: `A list of answer values (${listed[0]}), as for a drop-down: a lookup, not audit results.` };
}

function rota(rows: readonly ReadonlyArray<CellValue>[], mapping: ColumnMapping): NonAuditSheet | null {
  let codes = 0;
  let texts = 0;
  const distinct = new Set<string>();
  let columns = 0;
  for (const entry of mapping) {
    if (entry.role !== "item" && entry.role !== "period" && entry.role !== "ignore" && entry.role !== "score") continue;
    const values = columnValues(rows, entry.index);
    let columnCodes = 0;
    for (const v of values) {
      if (typeof v !== "string") continue;
      texts++;
      const code = normaliseText(v);
      if (!rotaCodes.has(code)) continue;
      codes++;
      columnCodes++;
      distinct.add(code);
    }
    if (values.length > 0 && columnCodes >= rotaCodeShare * values.length) columns++;
  }
  const shiftCodes = [...distinct].filter((code) => !answerCodes.has(code));
  if (columns < fewestRepeatedColumns || texts === 0 || codes < rotaCodeShare * texts || shiftCodes.length < 1 || distinct.size < 2) return null;
  const shown = [...distinct].slice(0, 4).map((code) => code.toUpperCase()).join(", ");
  return { kind: "rota", reason: `A staff rota (shift codes such as ${shown} in ${columns} columns), not audit results: a shift code "N" is a night, not a "No".` };
}

function isCourse(text: string): boolean {
  const header = normaliseText(text);
  if (courses.has(header)) return true;
  const padded = ` ${header} `;
  // "Fire safety (annual)", "Safeguarding adults L2": a course name with a word or two added.
  return [...courses].some((course) => padded.includes(` ${course} `) && header.split(" ").length <= course.split(" ").length + 2);
}

function isTrainingValue(v: CellValue): boolean {
  if (v instanceof Date) return true;
  if (typeof v === "number") return v >= PLAUSIBLE_AUDIT_DATES.first && v <= PLAUSIBLE_AUDIT_DATES.last;
  return typeof v === "string" && (parseDate(v) !== null || trainingValueWords.has(normaliseText(v)));
}

/** A row of course names at or above the header found (dates under course names can look like a header). */
function trainingMatrix(grid: ReadonlyArray<ReadonlyArray<CellValue>>, headerIndex: number): NonAuditSheet | null {
  for (let r = 0; r <= headerIndex && r < grid.length; r++) {
    const row = grid[r];
    if (!Array.isArray(row)) continue;
    const rows = dataRows(grid, r);
    const courseColumns: string[] = [];
    row.forEach((v, c) => {
      if (typeof v !== "string" || !isCourse(v)) return;
      const values = columnValues(rows, c);
      if (values.length === 0 || values.filter(isTrainingValue).length >= trainingValueShare * values.length) courseColumns.push(v.trim());
    });
    if (courseColumns.length >= fewestRepeatedColumns) {
      return { kind: "training matrix", reason: `A training matrix (courses such as ${courseColumns.slice(0, 3).join(", ")}, with dates done or due), not audit results.` };
    }
  }
  return null;
}

function meetingLog(mapping: ColumnMapping): NonAuditSheet | null {
  const found = mapping.filter((entry) => meetingHeaders.has(normaliseText(entry.header))).map((entry) => entry.header);
  if (found.length < fewestMeetingHeaders) return null;
  return { kind: "meeting log", reason: `A meeting log (${found.slice(0, 4).join(", ")}), not audit results.` };
}

function readMe(grid: ReadonlyArray<ReadonlyArray<CellValue>>, mapping: ColumnMapping): NonAuditSheet | null {
  if (mapping.some((entry) => entry.role === "item" || entry.role === "score" || entry.role === "period" || entry.role === "passed")) return null;
  let filled = 0;
  let sentences = 0;
  for (const row of grid.slice(0, rowsLooked)) {
    if (!Array.isArray(row)) continue;
    for (const v of row) {
      if (!isFilled(v)) continue;
      filled++;
      if (typeof v === "string" && v.trim().length > sentenceLength) sentences++;
    }
  }
  return filled > 0 && sentences >= readMeSentenceShare * filled ? { kind: "read-me", reason: "Notes and instructions (a read-me), not audit results." } : null;
}

/**
 * Recognises the sheets that sit beside audits but are not audit results, so that they are never
 * proposed as audits: a lookup list of answer values (each answer once, as for a drop-down), a staff
 * rota (shift codes such as E, L, N across the day columns: a rota's "N" is a night, not a No), a
 * training matrix (three or more course columns holding dates done or due), a meeting log (Attendees,
 * Agenda, Minutes ...) and a read-me (mostly sentences). Null for anything else. Never throws.
 *
 * @example
 * recogniseNonAuditSheet([["Answer"], ["Yes"], ["No"], ["N/A"]], 0, [{ index: 0, header: "Answer", role: "item", confidence: 1, reason: "" }])?.kind;
 * // => "lookup"
 */
export function recogniseNonAuditSheet(grid: ReadonlyArray<ReadonlyArray<CellValue>>, headerIndex: number, mapping: ColumnMapping): NonAuditSheet | null {
  if (!Array.isArray(grid) || !Array.isArray(mapping)) return null;
  const rows = dataRows(grid, headerIndex);
  return meetingLog(mapping) ?? trainingMatrix(grid, headerIndex) ?? rota(rows, mapping) ?? lookup(rows, mapping) ?? readMe(grid, mapping);
}
