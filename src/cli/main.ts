import path from "node:path";
import { analyseWorkbook, sameShapeSheets, SettingsError } from "../app/analyseWorkbook";
import type { SheetGrid } from "../app/ports";
import type { AnalysisSettingsInput } from "../core/compare/settings";
import type { WorkbookAnalysis } from "../core/compare/types";
import { unmatchedTargetNames } from "../core/compare/sourceTarget";
import { buildOutputSheets } from "../core/sheets/buildOutputSheets";
import { dateToSerial, type ExcelSerialDate } from "../core/values";
import { readProblemsHeading } from "../core/audit";
import { namesAHarm } from "../core/audit/measureMeaning";
import { openWorkbookFile, type OpenedWorkbook } from "../xlsx/openWorkbookFile";
import { planOutputs } from "../xlsx/planOutputs";
import { WorkbookFileError } from "../xlsx/workbookFileError";
import { writeOutputs } from "../xlsx/writeOutputs";
import { formatResultsTable } from "./formatResultsTable";
import { formatRowsAccounted } from "./formatRowsAccounted";
import { parseCliArguments, type CliRequest } from "./parseCliArguments";
import { USAGE_TEXT } from "./usageText";

/**
 * What the command line needs from its process: two output streams and the clock. Tests pass fakes;
 * bin.ts passes the real ones. The clock is read here, at the edge, never in the core.
 *
 * @example
 * const io: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), now: () => new Date() };
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  now(): Date;
}

/**
 * The command line's exit codes: 0 success, 1 an input that cannot be read (the message names the
 * file, sheet, row and column), 2 bad usage.
 *
 * @example
 * EXIT_CODES.badUsage; // => 2
 */
const EXIT_CODES = { success: 0, unreadableInput: 1, badUsage: 2 } as const;

const problemsShown = 10;
const rowsPerProgressLine = 100_000;

/** Today as an Excel serial, from the local calendar date. */
function todayOf(now: Date): ExcelSerialDate {
  return dateToSerial(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

function settingsOf(request: CliRequest, today: ExcelSerialDate): AnalysisSettingsInput {
  const settings: AnalysisSettingsInput = { asOf: request.asOf ?? today };
  if (request.target !== undefined) settings.target = request.target;
  if (Object.keys(request.targetsBySource).length > 0) settings.targetsBySource = request.targetsBySource;
  if (request.direction !== undefined) settings.direction = request.direction;
  if (request.dimensions !== undefined) settings.dimensions = request.dimensions;
  if (request.deadline !== undefined) settings.deadline = request.deadline;
  if (request.weeks !== undefined) settings.weeks = request.weeks;
  if (Object.keys(request.weeksBySource).length > 0) settings.weeksBySource = request.weeksBySource;
  if (Object.keys(request.deadlinesBySource).length > 0) settings.deadlinesBySource = request.deadlinesBySource;
  if (request.recoveryStart !== undefined) settings.recoveryStart = request.recoveryStart;
  return settings;
}

async function readInputs(request: CliRequest, io: CliIo): Promise<{ opened: OpenedWorkbook[]; grids: SheetGrid[] }> {
  const opened: OpenedWorkbook[] = [];
  const grids: SheetGrid[] = [];
  for (const [index, file] of request.files.entries()) {
    io.stderr(`Reading ${path.basename(file)}${request.files.length > 1 ? ` (${index + 1} of ${request.files.length})` : ""}...\n`);
    // A large sheet takes a while: say how far reading has got, every 100,000 rows.
    const workbook = await openWorkbookFile(file, (progress) => {
      if (progress.rowsRead > 0 && progress.rowsRead % rowsPerProgressLine === 0) io.stderr(`  ${progress.rowsRead.toLocaleString("en-GB")} rows read from "${progress.sheet}"...\n`);
    });
    const sheets = (await workbook.book.listSheets()).filter((s) => !s.ownedByAddin);
    let chosen = sheets.map((s) => s.name);
    if (request.sheets.length > 0) {
      chosen = request.sheets.map((wanted) => {
        const found = sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
        if (found === undefined) throw new WorkbookFileError("not-found", `${path.basename(file)} has no sheet called "${wanted}". Its sheets are: ${sheets.map((s) => `"${s.name}"`).join(", ")}.`);
        return found.name;
      });
    }
    const read = (await workbook.book.readSheetsByTable(chosen)).filter((g) => g.values.length > 0);
    // Cells far from a sheet's data (a stray keystroke at XFD100000) are left out, and said so.
    for (const note of workbook.reader.notes) io.stderr(`${note}\n`);
    if (read.length === 0) throw new WorkbookFileError("empty", `${path.basename(file)} has no data on ${request.sheets.length ? "the chosen sheets" : "any sheet"}.`);
    opened.push(workbook);
    grids.push(...read);
  }
  return { opened, grids };
}

/** Rows searched for a header named on the command line: titles and notes sit above most headers. */
const headerRowsSearched = 30;

/** Whether one of the grid's first rows has a cell reading `header` (case and spacing aside). */
function hasHeaderCell(grid: SheetGrid, header: string): boolean {
  const wanted = header.trim().replace(/\s+/g, " ").toLowerCase();
  return grid.values.slice(0, headerRowsSearched).some((row) => row.some((cell) => typeof cell === "string" && cell.trim().replace(/\s+/g, " ").toLowerCase() === wanted));
}

/** 'audits.xlsx, sheet "Survey"' (with its table when the table has a name of its own). */
function sheetNotReadName(sheet: NonNullable<WorkbookAnalysis["sheetsNotRead"]>[number]): string {
  const table = sheet.table !== null && sheet.table !== sheet.sheet ? `, table "${sheet.table}"` : "";
  return `${sheet.file === null ? "" : `${path.basename(sheet.file)}, `}sheet "${sheet.sheet}"${table}`;
}

/** Problems found in the data, each naming file, sheet, row and column, for stderr. */
function problemLines(analysis: WorkbookAnalysis): string[] {
  const problems = analysis.analyses.flatMap((a) => a.sources.flatMap((s) => s.problems.map((p) => `  ${s.file ?? ""}${s.file ? ", " : ""}sheet "${p.sheet}": ${p.message}`)));
  if (problems.length === 0) return [];
  const more = problems.length > problemsShown ? [`  ...and ${problems.length - problemsShown} more (see the Assurance Summary).`] : [];
  return [`${readProblemsHeading(problems.length)}:`, ...problems.slice(0, problemsShown), ...more];
}

async function analyse(request: CliRequest, io: CliIo): Promise<number> {
  const { opened, grids } = await readInputs(request, io);
  const rows = grids.reduce((sum, g) => sum + g.values.length, 0);
  io.stderr(`Analysing ${rows.toLocaleString("en-GB")} rows...\n`);
  const chosen = request.sheets.length ? { chosen: grids.map((g) => g.sheet) } : {};
  const analysis = analyseWorkbook(grids, settingsOf(request, todayOf(io.now())), { ...chosen, sheetsAsGroups: request.sheetsAsGroups, partialAnswers: request.partialAnswers, measureColumn: request.measureColumn });
  const measure = request.measureColumn;
  if (measure !== undefined && !analysis.analyses.some((a) => a.sources.some((s) => (s.columns?.score ?? "").toLowerCase() === measure.toLowerCase()))) {
    const headers = [...new Set(analysis.analyses.flatMap((a) => a.sources.flatMap((s) => Object.values(s.columns ?? {}))))].map((h) => `"${h}"`).join(", ");
    const holder = grids.find((grid) => hasHeaderCell(grid, measure));
    const notRead = holder === undefined ? undefined : analysis.sheetsNotRead?.find((sheet) => sheet.sheet === holder.sheet && sheet.file === (holder.file ?? null));
    const why = holder === undefined
      ? "no sheet has a column with that header"
      : notRead !== undefined
        ? `${sheetNotReadName(notRead)} has that column, but the sheet was not read as audit results (${notRead.reason.replace(/\.$/, "").replace(/^[A-Z]/, (first) => first.toLowerCase())})`
        : `sheet "${holder.sheet}" has that column, but it could not be read as the score (scores, percentages or proportions)`;
    io.stderr(`--measure names "${measure}": ${why}. Nothing was written.${headers ? ` Columns read: ${headers}.` : ""}\n`);
    return EXIT_CODES.badUsage;
  }
  if (!request.sheetsAsGroups) {
    for (const set of sameShapeSheets(grids, chosen)) {
      io.stderr(`Sheets ${set.sheets.map((sheet) => `"${sheet}"`).join(", ")} have the same columns: add --sheets-as-groups to ${set.role === "period" ? "read them as one audit over time, the sheet name as the week or month" : `compare them as one audit, the sheet name as the ${set.role === "staffGroup" ? "staff group" : set.role}`}.\n`);
    }
  }
  const problems = problemLines(analysis);
  const notRead = analysis.sheetsNotRead ?? [];
  if (analysis.analyses.length === 0 || analysis.analyses.every((a) => a.service.records === 0)) {
    io.stderr(`No audit results could be read from ${request.files.map((f) => path.basename(f)).join(", ")}: no sheet had a recognisable header with scores, Yes/No answers or counts.\n`);
    for (const sheet of notRead) io.stderr(`  ${sheetNotReadName(sheet)}: ${sheet.reason}\n`);
    if (problems.length) io.stderr(`${problems.join("\n")}\n`);
    return EXIT_CODES.unreadableInput;
  }
  // A sheet left out only because its measure's header is unclear is said, so it never goes missing unseen.
  for (const sheet of notRead) if (sheet.unclearMeasure) io.stderr(`${sheetNotReadName(sheet)} was not read: ${sheet.reason}\n`);
  if (problems.length) io.stderr(`${problems.join("\n")}\n`);
  if (request.direction === undefined) {
    const harms = [...new Set(analysis.analyses.flatMap((a) => a.sources.map((source) => source.columns?.score ?? "")).filter((header) => header !== "" && namesAHarm(header)))];
    for (const header of harms) io.stderr(`"${header}" reads as something where fewer is better, but higher was taken as better: add --direction down if fewer is better.\n`);
  }
  // Said on stderr too, so that it is seen with --json, where stdout holds only the analysis.
  for (const result of analysis.analyses) if (result.freshness?.outOfDate) io.stderr(`${result.title}: ${result.freshness.sentence}\n`);
  for (const [option, names] of [["--target-for", request.targetsBySource], ["--weeks-for", request.weeksBySource], ["--deadline-for", request.deadlinesBySource]] as const) {
    const unmatched = unmatchedTargetNames(names, analysis.analyses);
    if (unmatched.length === 0) continue;
    const audits = analysis.analyses.map((a) => `"${a.title}"`).join(", ");
    io.stderr(`${option} names ${unmatched.map((name) => `"${name}"`).join(" and ")}, but no audit read is called that, so nothing was written. The audits read are: ${audits}.\n`);
    return EXIT_CODES.badUsage;
  }

  if (!request.writeWorkbook) {
    io.stdout(`${JSON.stringify(analysis, null, 2)}\n`);
    return EXIT_CODES.success;
  }
  const inputPath = request.files[0];
  const options = { outPath: request.outPath, inPlace: request.inPlace, rollUp: request.files.length > 1 };
  const plan = await planOutputs(inputPath, options, opened[0]);
  const outputs = buildOutputSheets(analysis, { existingSheets: plan.existingSheets, existingActionTracker: plan.existingActionTracker, ownNames: plan.ownNames });
  io.stderr(`Writing ${path.basename(plan.outPath)}...\n`);
  const report = await writeOutputs(inputPath, outputs.plans, { ...options, opened: opened[0] });

  if (request.json) {
    io.stdout(`${JSON.stringify(analysis, null, 2)}\n`);
  } else {
    io.stdout(formatResultsTable(analysis));
    io.stdout(formatRowsAccounted(analysis));
    const open = outputs.tracker.actions.filter((a) => a.status !== "Closed").length;
    io.stdout(`${open} open action${open === 1 ? "" : "s"} on the ${outputs.names["action-tracker"]} sheet.\n`);
    io.stdout(`Wrote ${report.outPath} (${outputs.models.map((m) => m.name).join(", ")}).\n`);
  }
  for (const message of report.messages) io.stderr(`${message}\n`);
  return EXIT_CODES.success;
}

/**
 * Runs the command line: `cqc-recovery analyse <workbook.xlsx>... [options]` (see USAGE_TEXT) and
 * returns the exit code: 0 done, 1 a workbook could not be read (the message names the file, and the
 * sheet, row and column where it applies), 2 the command was not understood. Messages go to `io`;
 * never a stack trace. With --json, stdout holds only the analysis JSON, and a workbook is written
 * only when --out or --in-place names where.
 *
 * @example
 * // await main(["analyse", "audits.xlsx", "--as-of", "03/03/2026"], io) // => 0
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCliArguments(argv);
  if (parsed.kind === "help") {
    io.stdout(USAGE_TEXT);
    return EXIT_CODES.success;
  }
  if (parsed.kind === "error") {
    io.stderr(`${parsed.message}\n\n${USAGE_TEXT}`);
    return EXIT_CODES.badUsage;
  }
  try {
    return await analyse(parsed.request, io);
  } catch (error) {
    if (error instanceof SettingsError) {
      io.stderr(`${error.message}\n`);
      return EXIT_CODES.badUsage;
    }
    if (error instanceof WorkbookFileError) {
      io.stderr(`${error.message}\n`);
      return EXIT_CODES.unreadableInput;
    }
    io.stderr(`Something went wrong that the tool did not expect: ${(error as Error).message ?? String(error)}\n`);
    return EXIT_CODES.unreadableInput;
  }
}
