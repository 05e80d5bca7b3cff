import type { DefinedNameEntry } from "../core/sheets/addinMarker";
import { rangeAddress } from "../core/sheets/rangeAddress";
import type { SheetWritePlan } from "../core/sheets/ownership/sheetWritePlan";
import type { CellRange, ModelCell, SheetModel } from "../core/sheets/sheetModel";
import type { ChartCollectionApi, ExcelContextApi, ExcelRunner, TableCollectionApi, WorksheetApi } from "./excelApi";
import { excelErrorCode, isPayloadTooLarge } from "./excelErrorCode";
import { EXCEL_LIMITS } from "./excelLimits";
import { queueSheetList, readSheetList, type QueuedSheetList } from "./loadSheetList";
import { packIntoSyncs } from "./packIntoSyncs";
import { ADDIN_CHART_PREFIX } from "./queueLineChart";
import { operationOverheadBytes, sheetModelSteps, type WriteStep } from "./sheetModelSteps";
import { WorkbookAccessError } from "./workbookAccessError";
import type { WriteOptions, WrittenSheet } from "./writeSheetModels";

/** A sheet created this run: drawn on a hidden temporary sheet, named at the swap. */
interface Creation {
  plan: Extract<SheetWritePlan, { kind: "create" }>;
  tempName: string;
  sheet: WorksheetApi | null;
}

/** A sheet of ours refreshed in place, with what was loaded of it in the first sync. */
interface Refresh {
  plan: Extract<SheetWritePlan, { kind: "refresh" }>;
  sheet: WorksheetApi;
  tables: TableCollectionApi;
  charts: ChartCollectionApi;
}

let writeCounter = 0;

function newToken(): string {
  writeCounter += 1;
  return `${Date.now().toString(36).slice(-5)}${writeCounter}`;
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** Table names are workbook-wide: a new sheet's tables carry a suffix until the swap names them. */
function temporaryTableName(finalName: string, tempName: string): string {
  return `${finalName}_${tempName.replace(/\W/g, "")}`;
}

/** Points references to sheets being created at their temporary sheets; the swap's renames carry them over. */
function referenceRewriter(creations: readonly Creation[]): (formula: string) => string {
  const replacements = creations.map(({ plan, tempName }) => ({
    patterns: [quoted(plan.model.name), ...(/^[A-Za-z_][A-Za-z0-9_.]*$/.test(plan.model.name) ? [`${plan.model.name}!`] : [])],
    replacement: quoted(tempName),
  }));
  return (formula) => replacements.reduce((text, { patterns, replacement }) => patterns.reduce((current, pattern) => current.split(pattern).join(replacement), text), formula);
}

/**
 * The plan's writes as model cells at their sheet positions: every other cell is null, which Office.js
 * leaves untouched. A write of nothing empties its cell (""); a write without a style keeps the cell's
 * look (SheetWritePlan), except that text is written as text ("@"), as every string of ours is.
 */
function writesAsCells(plan: Extract<SheetWritePlan, { kind: "refresh" }>): (ModelCell | null)[][] {
  const cells: (ModelCell | null)[][] = [];
  for (const write of plan.writes) {
    while (cells.length < write.row) cells.push([]);
    const row = cells[write.row - 1];
    while (row.length < write.column) row.push(null);
    row[write.column - 1] = { value: write.value ?? "", ...(write.style === null ? {} : { style: write.style }) };
  }
  return cells;
}

/** What a refresh draws after the clearing: the plan's cells, columns and model parts; row heights and the tab colour stay the user's. */
function refreshModel(plan: Extract<SheetWritePlan, { kind: "refresh" }>): SheetModel {
  return { ...plan.model, cells: writesAsCells(plan), columns: plan.columns, rowHeights: undefined, tabColour: null };
}

/**
 * Steps that empty what the plan says is ours before it is drawn again: our tables become plain
 * ranges (their cells stay until rewritten), our charts go, and each `clear` range loses its merges,
 * conditional formats, dropdowns, values and formats. Conditional formats and dropdowns where the
 * model puts its own are replaced too.
 */
function clearingSteps(refresh: Refresh): WriteStep[] {
  const { plan, sheet, tables, charts } = refresh;
  const step = (queue: () => void): WriteStep => ({ bytes: operationOverheadBytes * 4, queue });
  const ourTables = tables.items.filter((table) => plan.model.tables.some((spec) => sameName(spec.name, table.name)));
  const ourCharts = charts.items.filter((chart) => chart.name.startsWith(ADDIN_CHART_PREFIX));
  const clearRange = (range: CellRange, everything: boolean) => {
    const target = sheet.getRange(rangeAddress(range));
    target.conditionalFormats.clearAll();
    target.dataValidation.clear();
    if (!everything) return;
    target.unmerge();
    target.clear("All");
  };
  return [
    ...ourTables.map((table) => step(() => table.convertToRange())),
    ...ourCharts.map((chart) => step(() => chart.delete())),
    ...plan.clear.map((range) => step(() => clearRange(range, true))),
    ...plan.model.conditionalFormats.map((format) => step(() => sheet.getRange(rangeAddress(format.range)).conditionalFormats.clearAll())),
    ...plan.model.validations.map((validation) => step(() => sheet.getRange(rangeAddress(validation.range)).dataValidation.clear())),
  ];
}

async function syncSteps(context: ExcelContextApi, steps: readonly WriteStep[]): Promise<void> {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  for (const step of steps) step.queue();
  await context.sync();
}

/** Names of ours that this write replaces or retires, then the plan's names, written by formula. */
function queueNames(context: ExcelContextApi, plans: readonly SheetWritePlan[], list: QueuedSheetList): void {
  const present = new Set(list.names.items.map((item) => item.name.toLowerCase()));
  const written: DefinedNameEntry[] = plans.flatMap((plan) => plan.names);
  const retired = [...written.map((entry) => entry.name), ...plans.flatMap((plan) => plan.staleNames)];
  const deleted = new Set<string>();
  for (const name of retired) {
    const key = name.toLowerCase();
    if (!present.has(key) || deleted.has(key)) continue;
    deleted.add(key);
    context.workbook.names.getItem(name).delete();
  }
  const added = new Set<string>();
  for (const entry of written) {
    if (added.has(entry.name.toLowerCase())) continue;
    added.add(entry.name.toLowerCase());
    context.workbook.names.add(entry.name, entry.refersTo.startsWith("=") ? entry.refersTo : `=${entry.refersTo}`);
  }
}

function asAccessError(error: unknown): WorkbookAccessError {
  if (error instanceof WorkbookAccessError) return error;
  const excelCode = excelErrorCode(error);
  if (isPayloadTooLarge(error)) return new WorkbookAccessError("too-large", "The sheets were too large for Excel to accept in one go.", { excelCode, cause: error });
  if (excelCode === "AccessDenied") return new WorkbookAccessError("workbook-protected", "Excel did not allow changes to the add-in's sheets in this workbook.", { excelCode, cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new WorkbookAccessError("write-failed", `Excel could not write the sheets: ${detail}`, { excelCode, cause: error });
}

/** After a failure: temporary sheets still there are deleted. Errors here never hide the first. */
async function removeTemporarySheets(context: ExcelContextApi, creations: readonly Creation[]): Promise<void> {
  try {
    const list = queueSheetList(context);
    await context.sync();
    const names = list.worksheets.items.map((sheet) => sheet.name.toLowerCase());
    for (const { tempName } of creations) if (names.includes(tempName.toLowerCase())) context.workbook.worksheets.getItem(tempName).delete();
    context.runtime.enableEvents = true;
    await context.sync();
  } catch {
    // The original error is what the user needs to see.
  }
}

function checkPlans(creations: readonly Creation[], refreshes: readonly { plan: Refresh["plan"] }[], existing: ReturnType<typeof readSheetList>): void {
  for (const { plan } of creations) {
    const inTheWay = existing.find((sheet) => sameName(sheet.name, plan.model.name));
    if (inTheWay !== undefined) {
      throw new WorkbookAccessError("user-sheet-in-the-way", `"${inTheWay.name}" is a sheet you made, so it was left alone and nothing was written.`, { sheet: inTheWay.name });
    }
  }
  for (const { plan } of refreshes) {
    const sheet = existing.find((candidate) => sameName(candidate.name, plan.model.name));
    if (sheet === undefined || !sheet.ownedByAddin || sheet.role !== plan.model.role) {
      throw new WorkbookAccessError("sheet-not-found", `The add-in's sheet "${plan.model.name}" was not found, so nothing was written. Run the analysis again.`, { sheet: plan.model.name });
    }
    if (sheet.protected) throw new WorkbookAccessError("sheet-protected", `The sheet "${sheet.name}" is protected, so it could not be refreshed.`, { sheet: sheet.name });
  }
}

/**
 * Carries out the core's write plans (core/sheets/ownership): it decides nothing about which cells are
 * ours. A sheet the workbook does not have yet is drawn whole on a hidden temporary sheet and named at
 * the end, so a failure leaves nothing half-written. A sheet of ours is refreshed in place and never
 * deleted or renamed: the plan's `clear` ranges are emptied and its `writes` made, so the sheet keeps
 * its identity and a user's formula pointing at it (`='Action Tracker'!A2`), their links, notes,
 * formats and extra rows and columns survive. The last sync names the new sheets, makes them visible
 * and writes the plans' defined names (replacing ours of the same name, deleting the stale ones).
 *
 * Syncs: one reads the sheet list, names, and the tables and charts of the sheets to refresh (and
 * creates the temporary sheets); then as many as the content needs at 4 MB each; then the swap.
 * Calculation is suspended for every write sync and events are off until the swap.
 */
export async function writeSheetPlans(run: ExcelRunner, plans: readonly SheetWritePlan[], options: WriteOptions = {}): Promise<WrittenSheet[]> {
  if (plans.length === 0) return [];
  const budgets = options.budgets ?? EXCEL_LIMITS;
  const token = options.token ?? newToken();
  const progress = options.onProgress ?? (() => undefined);
  return run(async (context) => {
    const creations: Creation[] = plans.flatMap((plan, index) => (plan.kind === "create" ? [{ plan, tempName: `CQC writing ${index + 1} ${token}`.slice(0, 31), sheet: null }] : []));
    try {
      context.runtime.enableEvents = false;
      const list = queueSheetList(context);
      const refreshes: Refresh[] = plans.flatMap((plan) => {
        if (plan.kind !== "refresh") return [];
        const sheet = context.workbook.worksheets.getItem(plan.model.name);
        const tables = sheet.tables.load("items/name");
        const charts = sheet.charts.load("items/name");
        return [{ plan, sheet, tables, charts }];
      });
      for (const creation of creations) {
        creation.sheet = context.workbook.worksheets.add(creation.tempName);
        creation.sheet.visibility = "Hidden";
      }
      await context.sync();
      const existing = readSheetList(list).filter((sheet) => !creations.some(({ tempName }) => sameName(tempName, sheet.name)));
      checkPlans(creations, refreshes, existing);

      const rewrite = referenceRewriter(creations);
      const steps: WriteStep[] = [
        ...creations.flatMap(({ plan, tempName, sheet }) =>
          sheetModelSteps({ sheet: () => sheet!, tableName: (name) => temporaryTableName(name, tempName), rewriteFormula: rewrite }, plan.model, budgets),
        ),
        ...refreshes.flatMap((refresh) => [
          ...clearingSteps(refresh),
          ...sheetModelSteps({ sheet: () => refresh.sheet, tableName: (name) => name, rewriteFormula: rewrite }, refreshModel(refresh.plan), budgets),
        ]),
      ];
      const batches = packIntoSyncs(steps, budgets.payloadBudgetBytes, (item) => item.bytes);
      const total = batches.length + 2;
      let completed = 1;
      progress({ stage: "writing", completed, total });
      for (const batch of batches) {
        await syncSteps(context, batch);
        completed += 1;
        progress({ stage: "writing", completed, total });
      }

      progress({ stage: "replacing", completed, total });
      context.workbook.application.suspendApiCalculationUntilNextSync();
      for (const { plan, tempName, sheet } of creations) {
        sheet!.name = plan.model.name;
        sheet!.visibility = "Visible";
        for (const table of plan.model.tables) sheet!.tables.getItem(temporaryTableName(table.name, tempName)).name = table.name;
      }
      queueNames(context, plans, list);
      context.runtime.enableEvents = true;
      await context.sync();
      progress({ stage: "done", completed: total, total });
      return plans.map((plan) => ({ name: plan.model.name, role: plan.model.role }));
    } catch (error) {
      await removeTemporarySheets(context, creations);
      throw asAccessError(error);
    }
  });
}
