import { GROUPING_ROLES, readWorkbookGrids, type ColumnMapping, type GridReadResult } from "../core/audit";
import { analyseRecords, analysisSettingsSchema, toCompareRecords, type AnalysisSettingsInput, type CompareRecord, type SourceSummary, type WorkbookAnalysis } from "../core/compare";
import type { SheetGrid } from "./ports";

/** What the user chose beyond the settings: which sheets or tables, and corrected column roles. */
export interface AnalyseWorkbookOptions {
  /** Sheet or table names to analyse; by default every one that looks like audit data. */
  chosen?: readonly string[];
  /** Corrected column roles, by table name (or sheet name for a grid that is not a table). */
  mappings?: Readonly<Record<string, ColumnMapping>>;
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
export function parseSettings(input: AnalysisSettingsInput) {
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
  const reads = readWorkbookGrids(grids, { chosen: options.chosen, mappings: options.mappings });
  const files = new Set(grids.map((g) => g.file).filter((f): f is string => f !== null));
  const sets = new Map<string, { sources: SourceSummary[]; records: CompareRecord[]; grouping: Set<string> }>();
  const gridsPerSheet = new Map<string, number>();
  for (const grid of grids) gridsPerSheet.set(sheetKey(grid), (gridsPerSheet.get(sheetKey(grid)) ?? 0) + 1);

  reads.forEach((read, index) => {
    const result = read.result;
    if (!result) return;
    const grid = grids[index];
    const title = titleOf(read, grid, gridsPerSheet);
    let set = sets.get(title);
    if (!set) sets.set(title, (set = { sources: [], records: [], grouping: new Set() }));
    set.sources.push(summarise(result, grid.file, read.table));
    const grouping = groupingRolesOf(result);
    const locationFromFile = files.size > 1 && grid.file !== null && !grouping.includes("location");
    const extra: Record<string, string> = locationFromFile ? { location: fileStem(grid.file as string) } : {};
    for (const role of [...grouping, ...Object.keys(extra)]) set.grouping.add(role);
    const records = toCompareRecords(result.records, extra);
    for (const record of records) set.records.push(record);
  });

  const analyses = [...sets.entries()].map(([title, set]) => analyseRecords({ title, sources: set.sources, records: set.records, groupingColumns: [...set.grouping] }, settings));
  return { asOf: settings.asOf, analyses };
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

function groupingRolesOf(result: GridReadResult): string[] {
  const roles: readonly string[] = GROUPING_ROLES;
  return [...new Set(result.mapping.map((entry) => entry.role as string).filter((role) => roles.includes(role)))];
}

function summarise(result: GridReadResult, file: string | null, table: string | null): SourceSummary {
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
    problems: result.problems.map((p) => ({ sheet: p.sheet, row: p.row, column: p.column, columnLetter: p.columnLetter, message: p.message })),
  };
}
