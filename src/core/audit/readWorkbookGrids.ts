import type { CellValue, ExcelSerialDate } from "../values";
import { looksLikeAuditData, type AuditDataLikelihood } from "./looksLikeAuditData";
import type { PartialAnswerRule } from "./partialAnswerRules";
import { readAuditGrid } from "./readAuditGrid";
import type { ColumnMapping, GridReadResult } from "./types";

/** One sheet or table of a workbook, as the adapters give it (the shape of `SheetGrid` in app/ports). */
export interface WorkbookGrid {
  sheet: string;
  /** The Excel table's name when the grid is a table, else null or absent. */
  table?: string | null;
  /** The spreadsheet row number of values[0]; default 1. */
  firstRow?: number;
  /** The spreadsheet column number of values[n][0]; default 1. */
  firstColumn?: number;
  values: CellValue[][];
}

/** Options of `readWorkbookGrids`. */
export interface ReadWorkbookGridsOptions {
  /** Sheet or table names to read; by default every grid that looks like audit data. */
  chosen?: readonly string[];
  /** The user's corrected mappings, by table name, or sheet name for a grid that is not a table. */
  mappings?: Readonly<Record<string, ColumnMapping>>;
  /** How partial answers count (see `PARTIAL_ANSWER_RULES`); default "not-met". */
  partialAnswers?: PartialAnswerRule;
  /** The header of the column to read as the score wherever a grid has it (see `chooseMeasureColumn`). */
  measureColumn?: string;
  /** The review (as-of) date: rows dated after it are left out with a reason (see `readAuditGrid`). */
  asOf?: ExcelSerialDate;
}

/** What happened to one grid of a workbook. */
export interface WorkbookGridRead {
  sheet: string;
  table: string | null;
  likelihood: AuditDataLikelihood;
  /** The records read, or null when the grid was not chosen (and does not look like audit data). */
  result: GridReadResult | null;
}

/**
 * Judges every grid of a workbook with `looksLikeAuditData` and reads the chosen ones (by default those
 * that look like audit data) with `readAuditGrid`. Gives one read per grid, in the order given, so
 * reads and grids line up by index. Never throws.
 *
 * @example
 * readWorkbookGrids([
 *   { sheet: "Read me", values: [["This workbook holds the care record audits for 2026."]] },
 *   { sheet: "Audits", values: [["Team", "Score"], ["Team A", 0.9], ["Team B", 0.8]] },
 * ]).map((read) => read.result?.records.length ?? null); // => [null, 2]
 */
export function readWorkbookGrids(grids: readonly WorkbookGrid[], options: ReadWorkbookGridsOptions = {}): WorkbookGridRead[] {
  if (!Array.isArray(grids)) return [];
  const chosen = Array.isArray(options.chosen) ? new Set(options.chosen) : null;
  const reads: WorkbookGridRead[] = [];
  for (const entry of grids as readonly unknown[]) {
    const grid: Partial<WorkbookGrid> = entry !== null && typeof entry === "object" ? entry : {};
    const sheet = typeof grid.sheet === "string" ? grid.sheet : "";
    const table = typeof grid.table === "string" ? grid.table : null;
    const values: CellValue[][] = Array.isArray(grid.values) ? grid.values : [];
    const likelihood = looksLikeAuditData(values, { firstRow: grid.firstRow, firstColumn: grid.firstColumn });
    const name = table ?? sheet;
    const read = chosen === null ? likelihood.suggested : chosen.has(name) || chosen.has(sheet);
    const mapping = options.mappings !== undefined && Object.prototype.hasOwnProperty.call(options.mappings, name) ? options.mappings[name] : undefined;
    reads.push({
      sheet,
      table,
      likelihood,
      result: read ? readAuditGrid(values, { sheet, firstRow: grid.firstRow, firstColumn: grid.firstColumn, mapping, partialAnswers: options.partialAnswers, measureColumn: options.measureColumn, asOf: options.asOf }) : null,
    });
  }
  return reads;
}
