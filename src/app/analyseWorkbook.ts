import { COLUMN_ROLE_WORDS, DEFAULT_PARTIAL_ANSWER_RULE, findSameShapeGrids, parsePeriodHeader, readWorkbookGrids, type ColumnMapping, type GridReadResult, type PartialAnswerRule, type SameShapeGrids } from "../core/audit";
import { analyseRecords, analysisSettingsSchema, toCompareRecords, type AnalysisSettingsInput, type CompareRecord, type SourceSummary, type WorkbookAnalysis } from "../core/compare";
import { formatCount } from "../core/values";
import type { SheetGrid } from "./ports";
import { readQuestionAnswers } from "../core/audit/readQuestionAnswers";
import { addQuestionAnswers } from "../core/compare/addQuestionAnswers";
import type { QuestionSet } from "../core/compare/analyseBeneathTheScore";

/** What the user chose beyond the settings: which sheets or tables, and corrected column roles. */
export interface AnalyseWorkbookOptions {
  /** Sheet or table names to analyse; by default every one that looks like audit data. */
  chosen?: readonly string[];
  /** Corrected column roles, by table name (or sheet name for a grid that is not a table). */
  mappings?: Readonly<Record<string, ColumnMapping>>;
  /** How partial answers ("Partial", "Partly", "Some") count; default "not-met". */
  partialAnswers?: PartialAnswerRule;
  /**
   * Read sheets of one shape (the same header) as one audit with the sheet name as the group, as
   * when a quality lead keeps one sheet per team. Off by default: `sameShapeSheets` offers it.
   */
  sheetsAsGroups?: boolean;
  /** The header of the column to analyse as the score wherever a sheet has it, instead of the proposal. */
  measureColumn?: string;
}

/** Settings that failed validation, with every problem in words. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`The settings need correcting: ${problems.join("; ")}.`);
    this.name = "SettingsError";
  }
}

/**
 * Parses the user's settings or throws a SettingsError naming each problem ("target: must be
 * between 0 and 100").
 */
function parseSettings(input: AnalysisSettingsInput) {
  const parsed = analysisSettingsSchema.safeParse(input);
  if (!parsed.success) throw new SettingsError(parsed.error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message)));
  return parsed.data;
}

const fileStem = (file: string) => file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");

/**
 * Analyses every audit sheet or table of a workbook (or of several workbooks, one per location):
 * reads the grids into records, then compares each sheet's teams, shifts, locations and staff groups.
 * Grids with the same sheet or table name from different files are one analysis, a provider-level
 * roll-up, with the location taken from the file name when the sheet has no location column.
 */
export function analyseWorkbook(grids: readonly SheetGrid[], settingsInput: AnalysisSettingsInput, options: AnalyseWorkbookOptions = {}): WorkbookAnalysis {
  const settings = parseSettings(settingsInput);
  const partialRule = options.partialAnswers ?? DEFAULT_PARTIAL_ANSWER_RULE;
  const reads = readWorkbookGrids(grids, { chosen: options.chosen, mappings: options.mappings, partialAnswers: partialRule, measureColumn: options.measureColumn, asOf: settings.asOf });
  const files = new Set(grids.map((g) => g.file).filter((f): f is string => f !== null));
  const sets = new Map<string, { sources: SourceSummary[]; records: CompareRecord[]; grouping: Set<string>; questions?: QuestionSet | null }>();
  const gridsPerSheet = new Map<string, number>();
  for (const grid of grids) gridsPerSheet.set(sheetKey(grid), (gridsPerSheet.get(sheetKey(grid)) ?? 0) + 1);
  const read = reads.flatMap((r, index) => (r.result === null ? [] : [index]));
  const combined = new Map<number, SameShapeGrids>();
  if (options.sheetsAsGroups === true) for (const set of findSameShapeGrids(grids, read)) for (const index of set.indexes) combined.set(index, set);

  reads.forEach((read, index) => {
    const result = read.result;
    if (!result) return;
    const grid = grids[index];
    const sameShape = combined.get(index);
    const title = sameShape === undefined ? titleOf(read, grid, gridsPerSheet) : titleOfSheets(sameShape.sheets);
    let set = sets.get(title);
    if (!set) sets.set(title, (set = { sources: [], records: [], grouping: new Set() }));
    const grouping: string[] = [...result.groupRoles];
    const extra: Record<string, string> = {};
    const groupsFrom: string[] = [];
    if (sameShape !== undefined && sameShape.role !== "period") {
      const role = grouping.includes(sameShape.role) ? (["team", "location", "shift", "staffGroup"].find((r) => !grouping.includes(r)) ?? sameShape.role) : sameShape.role;
      extra[role] = grid.sheet;
      groupsFrom.push(`the sheet name "${grid.sheet}", as ${COLUMN_ROLE_WORDS[role as keyof typeof COLUMN_ROLE_WORDS]} (${sameShape.sheets.length} sheets with the same columns)`);
    }
    const locationFromFile = files.size > 1 && grid.file !== null && !grouping.includes("location") && !("location" in extra);
    if (locationFromFile) {
      extra.location = fileStem(grid.file as string);
      groupsFrom.push(`the file name "${extra.location}", as a location`);
    }
    // A team is a team of its home: where the location is the file's (or sheet's) name, not a column,
    // each home's "Team B" is its own team ("Oak Lodge: Team B"), never pooled with another home's.
    const localTeams = "location" in extra && grouping.includes("team");
    if (localTeams) groupsFrom[groupsFrom.length - 1] += `, each team named with it ("${extra.location}: " before the team's name), since teams of different locations are different teams`;
    const records = toCompareRecords(result.records, extra, localTeams ? ["team"] : []);
    const datedFromSheet = sameShape?.role === "period" ? datedBySheet(records, grid.sheet, sameShape.sheets.indexOf(grid.sheet)) : 0;
    const summary = summarise(result, grid.file, read.table, partialRule, groupsFrom);
    if (sameShape !== undefined && datedFromSheet > 0) summary.periodsFrom = `the sheet name "${grid.sheet}" for ${formatCount(datedFromSheet, "record")} without a date (${sameShape.sheets.length} sheets with the same columns)`;
    set.sources.push(summary);
    for (const role of [...grouping, ...Object.keys(extra)]) set.grouping.add(role);
    addQuestionAnswers(set, records, readQuestionAnswers(grid.values, grid.firstRow, result, partialRule, grid.firstColumn));
    for (const record of records) set.records.push(record);
  });

  const analyses = [...sets.entries()].map(([title, set]) => analyseRecords({ title, sources: set.sources, records: set.records, groupingColumns: [...set.grouping], questions: set.questions ?? null }, settings));
  const sheetsNotRead = reads.flatMap((read, index) => (read.result !== null ? [] : [{
    file: grids[index].file ?? null, sheet: read.sheet, table: read.table, reason: read.likelihood.reason, unclearMeasure: read.likelihood.unclearMeasure === true,
  }]));
  return { asOf: settings.asOf, analyses, ...(sheetsNotRead.length > 0 ? { sheetsNotRead } : {}) };
}

/**
 * Gives the records of one of a set of sheets named by periods ("Jan", "Week 3") the sheet's period
 * where a record has no date or period of its own: its date when the name gives one ("Jan-26"), else
 * the name as its heading, placed by the sheet's position among the set. Returns how many it dated.
 */
function datedBySheet(records: CompareRecord[], sheet: string, position: number): number {
  const heading = parsePeriodHeader(sheet);
  let dated = 0;
  for (const record of records) {
    if (record.date !== null || record.periodLabel !== null) continue;
    record.date = heading?.date ?? null;
    record.periodLabel = sheet;
    record.periodIndex = record.date === null ? position : null;
    dated += 1;
  }
  return dated;
}

/**
 * The sets of sheets that share one shape among those that would be read, for the command line and
 * the task pane to offer reading each set as one audit with the sheet name as the group.
 */
export function sameShapeSheets(grids: readonly SheetGrid[], options: Pick<AnalyseWorkbookOptions, "chosen"> = {}): SameShapeGrids[] {
  const reads = readWorkbookGrids(grids.map((grid) => ({ ...grid, values: grid.values.slice(0, sampleRowsForShape) })), { chosen: options.chosen });
  return findSameShapeGrids(grids, reads.flatMap((r, index) => (r.result === null ? [] : [index])));
}

/** Rows enough to find a header and judge a sheet as audit data, without reading it all. */
const sampleRowsForShape = 200;

/** The title of sheets read as one audit: "Team A, Team B and Team C", or the first to the last. */
function titleOfSheets(sheets: readonly string[]): string {
  const mostNamed = 3;
  if (sheets.length <= mostNamed) return `${sheets.slice(0, -1).join(", ")} and ${sheets[sheets.length - 1]}`;
  return `${sheets[0]} to ${sheets[sheets.length - 1]} (${sheets.length} sheets)`;
}

const sheetKey = (grid: SheetGrid) => `${grid.file ?? ""}\u0000${grid.sheet.toLowerCase()}`;

/**
 * The analysis a grid belongs to: its sheet's name, so that an Excel table and the sheet it fills are
 * one audit to the Action Tracker whichever of them was read (the command line reads sheets, the task
 * pane prefers tables); the table's own name only where one sheet gives more than one grid (two
 * tables on a sheet, or a table and its sheet both chosen), so that they are never mixed.
 */
function titleOf(read: { sheet: string; table: string | null }, grid: SheetGrid, gridsPerSheet: ReadonlyMap<string, number>): string {
  if (read.table === null) return read.sheet;
  return (gridsPerSheet.get(sheetKey(grid)) ?? 0) > 1 ? read.table : read.sheet;
}

function summarise(result: GridReadResult, file: string | null, table: string | null, partialRule: PartialAnswerRule, groupsFrom: readonly string[]): SourceSummary {
  const columns: Record<string, string> = {};
  // One header per role: the first, as the reader uses it (item columns are many and not needed).
  for (const entry of result.mapping) if (entry.role !== "ignore" && entry.role !== "item" && !(entry.role in columns)) columns[entry.role] = entry.header;
  return {
    file,
    sheet: result.sheet,
    table,
    columns,
    layout: result.layout,
    headerRow: result.headerRow,
    rowsRead: result.rowsRead,
    rowsUsed: result.rowsUsed,
    rowsLeftOut: result.rowsLeftOut,
    partialAnswers: result.partialAnswers,
    partialRule,
    ...(result.commentedAnswers !== undefined ? { commentedAnswers: result.commentedAnswers } : {}),
    ...(result.datesNote !== undefined ? { datesNote: result.datesNote } : {}),
    ...(result.mapping.some((entry) => entry.rag === true && entry.role === "item") && result.layout === "per-record-items"
      ? { ragColumns: result.mapping.filter((entry) => entry.rag === true && entry.role === "item").map((entry) => entry.header) } : {}),
    groupsFrom: [...groupsFrom, ...result.groupsFrom],
    problems: result.problems.map((p) => ({ sheet: p.sheet, row: p.row, column: p.column, columnLetter: p.columnLetter, message: p.message })),
  };
}
