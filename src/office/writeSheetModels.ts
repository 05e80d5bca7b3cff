import type { ExistingSheet } from "../app/ports";
import { addinMarker } from "../core/sheets/addinMarker";
import type { SheetModel } from "../core/sheets/sheetModel";
import type { ExcelContextApi, ExcelRunner, WorksheetApi } from "./excelApi";
import { excelErrorCode, isPayloadTooLarge } from "./excelErrorCode";
import { EXCEL_LIMITS } from "./excelLimits";
import { queueSheetList, readSheetList, type QueuedSheetList } from "./loadSheetList";
import { packIntoSyncs } from "./packIntoSyncs";
import { operationOverheadBytes, sheetModelSteps, type WriteStep } from "./sheetModelSteps";
import { WorkbookAccessError } from "./workbookAccessError";

/** Where a write has got to, for a progress bar. */
export interface WriteProgress {
  stage: "writing" | "replacing" | "done";
  /** Syncs completed of the syncs planned. */
  completed: number;
  total: number;
}

export interface WriteOptions {
  onProgress?: (progress: WriteProgress) => void;
  /** Makes temporary sheet and table names unique; tests pass a fixed one. */
  token?: string;
  budgets?: typeof EXCEL_LIMITS;
}

/** A sheet the write produced, for the "open the sheet" links. */
export interface WrittenSheet {
  name: string;
  role: SheetModel["role"];
}

interface Pending {
  model: SheetModel;
  tempName: string;
  sheet: WorksheetApi;
}

type SheetListEntry = ExistingSheet & { visible: boolean; position: number };

let writeCounter = 0;

function newToken(): string {
  writeCounter += 1;
  return `${Date.now().toString(36).slice(-5)}${writeCounter}`;
}

/** Table names are unique in a workbook: the new sheet's tables carry a suffix until the swap. */
function temporaryTableName(finalName: string, tempName: string): string {
  return `${finalName}_${tempName.replace(/\W/g, "")}`;
}

function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** Replaces references to the final sheet names with the temporary sheets' names (see below). */
function referenceRewriter(pending: readonly { model: SheetModel; tempName: string }[]): (formula: string) => string {
  const replacements = pending.map(({ model, tempName }) => ({
    patterns: [quoted(model.name), ...(/^[A-Za-z_][A-Za-z0-9_.]*$/.test(model.name) ? [`${model.name}!`] : [])],
    replacement: quoted(tempName),
  }));
  return (formula) =>
    replacements.reduce((text, { patterns, replacement }) => patterns.reduce((current, pattern) => current.split(pattern).join(replacement), text), formula);
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The add-in's own sheets a model replaces: the one its marker names, and any of ours with its name. */
function sheetsReplacedBy(model: SheetModel, existing: readonly SheetListEntry[]): SheetListEntry[] {
  return existing.filter((sheet) => sheet.ownedByAddin && (sheet.role === model.role || sameName(sheet.name, model.name)));
}

function checkNothingOfTheUsersIsInTheWay(models: readonly SheetModel[], existing: readonly SheetListEntry[]): void {
  for (const model of models) {
    const userSheet = existing.find((sheet) => !sheet.ownedByAddin && sameName(sheet.name, model.name));
    if (userSheet !== undefined) {
      throw new WorkbookAccessError("user-sheet-in-the-way", `"${userSheet.name}" is a sheet you made, so it was left alone and nothing was written.`, { sheet: userSheet.name });
    }
    const locked = sheetsReplacedBy(model, existing).find((sheet) => sheet.protected);
    if (locked !== undefined) {
      throw new WorkbookAccessError("sheet-protected", `The sheet "${locked.name}" is protected, so it could not be refreshed.`, { sheet: locked.name });
    }
  }
}

/** Runs one batch of steps and syncs: calculation stays suspended for every write sync. */
async function syncSteps(context: ExcelContextApi, steps: readonly WriteStep[]): Promise<void> {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  for (const step of steps) step.queue();
  await context.sync();
}

function syncBatches(context: ExcelContextApi, batches: readonly WriteStep[][], onSynced: () => void): Promise<void> {
  return batches.reduce<Promise<void>>(
    (previous, batch) =>
      previous.then(async () => {
        await syncSteps(context, batch);
        onSynced();
      }),
    Promise.resolve(),
  );
}

/**
 * The swap, in one sync: our old sheets and their markers go, the new sheets take their names,
 * positions and table names, and get their markers. Nothing of the user's is touched.
 */
async function swapIn(context: ExcelContextApi, pending: readonly Pending[], list: QueuedSheetList, existing: readonly SheetListEntry[]): Promise<void> {
  const workbook = context.workbook;
  const definedNames = list.names.items.map((item) => ({
    name: item.name,
    marks: addinMarker.read([{ name: item.name, refersTo: String(item.formula) }])[0] ?? null,
  }));
  workbook.application.suspendApiCalculationUntilNextSync();
  const deletedNames = new Set<string>();
  for (const { model, tempName, sheet } of pending) {
    const replaced = sheetsReplacedBy(model, existing);
    const stale = definedNames.filter(
      ({ name, marks }) => sameName(name, model.marker.definedName) || (marks !== null && replaced.some((old) => sameName(old.name, marks.sheet))),
    );
    for (const { name } of stale) {
      if (deletedNames.has(name.toLowerCase())) continue;
      deletedNames.add(name.toLowerCase());
      workbook.names.getItem(name).delete();
    }
    // Visible before the old sheet goes: Excel refuses to delete the last visible sheet.
    sheet.visibility = "Visible";
    for (const old of replaced) workbook.worksheets.getItem(old.name).delete();
    sheet.name = model.name;
    if (replaced.length > 0) sheet.position = Math.min(...replaced.map((old) => old.position));
    for (const table of model.tables) sheet.tables.getItem(temporaryTableName(table.name, tempName)).name = table.name;
    workbook.names.add(model.marker.definedName, sheet.getRange("A1"));
  }
  context.runtime.enableEvents = true;
  await context.sync();
}

/**
 * After a failure: every temporary sheet still there is deleted. Only when the swap itself failed
 * half-way, a complete new sheet whose old sheet has already gone takes its name instead (rolling
 * forward is then the only way to leave a whole sheet behind). Errors here are secondary and never
 * hide the first.
 */
async function recover(context: ExcelContextApi, pending: readonly Pending[], swapStarted: boolean): Promise<void> {
  try {
    const list = queueSheetList(context);
    await context.sync();
    const names = list.worksheets.items.map((sheet) => sheet.name.toLowerCase());
    const markerNames = list.names.items.map((item) => item.name.toLowerCase());
    for (const { model, tempName } of pending) {
      if (!names.includes(tempName.toLowerCase())) continue;
      const temp = context.workbook.worksheets.getItem(tempName);
      if (!swapStarted || names.includes(model.name.toLowerCase())) {
        temp.delete();
        continue;
      }
      temp.name = model.name;
      temp.visibility = "Visible";
      if (markerNames.includes(model.marker.definedName.toLowerCase())) context.workbook.names.getItem(model.marker.definedName).delete();
      context.workbook.names.add(model.marker.definedName, temp.getRange("A1"));
    }
    context.runtime.enableEvents = true;
    await context.sync();
  } catch {
    // The original error is what the user needs to see; a second failure here cannot be helped.
  }
}

function asAccessError(error: unknown): WorkbookAccessError {
  if (error instanceof WorkbookAccessError) return error;
  const excelCode = excelErrorCode(error);
  if (isPayloadTooLarge(error)) return new WorkbookAccessError("too-large", "The sheets were too large for Excel to accept in one go.", { excelCode, cause: error });
  if (excelCode === "AccessDenied") return new WorkbookAccessError("workbook-protected", "Excel did not allow new sheets in this workbook.", { excelCode, cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new WorkbookAccessError("write-failed", `Excel could not write the sheets: ${detail}`, { excelCode, cause: error });
}

/**
 * Writes the models as sheets, all or nothing, replacing the add-in's earlier sheets (which breaks a
 * user's references to them: prefer `writeSheetPlans`, which refreshes them in place). Each model is drawn into a new hidden sheet; when all
 * are complete, one sync removes the add-in's previous sheets (only sheets carrying its marker) and
 * gives the new ones their names. A failure deletes the new sheets, so no half-written sheet is left,
 * and a user's sheet is never touched: a model named like one stops the write before the swap.
 *
 * Syncs: the first carries the sheet list and the new sheets with as much content as fits 4 MB, then
 * one per further 4 MB of content, then the swap. The add-in's sheets (one row per group) fit one
 * sync, so a write is two syncs however many groups there are. Calculation is suspended for every
 * write sync and events are off until the swap.
 */
export async function writeSheetModels(run: ExcelRunner, models: readonly SheetModel[], options: WriteOptions = {}): Promise<WrittenSheet[]> {
  if (models.length === 0) return [];
  const budgets = options.budgets ?? EXCEL_LIMITS;
  const token = options.token ?? newToken();
  const progress = options.onProgress ?? (() => undefined);
  return run(async (context) => {
    const pending: Pending[] = [];
    let swapStarted = false;
    try {
      context.runtime.enableEvents = false;
      const list = queueSheetList(context);
      const names = models.map((model, index) => ({ model, tempName: `CQC writing ${index + 1} ${token}`.slice(0, 31) }));
      const rewrite = referenceRewriter(names);
      const steps: WriteStep[] = [];
      for (const { model, tempName } of names) {
        const creation: WriteStep = {
          bytes: operationOverheadBytes * 2,
          queue: () => {
            const sheet = context.workbook.worksheets.add(tempName);
            sheet.visibility = "Hidden";
            pending.push({ model, tempName, sheet });
          },
        };
        steps.push(creation);
      }
      // The model steps need the sheet proxies, which exist once the creation steps have queued.
      const modelSteps: WriteStep[] = names.flatMap(({ model, tempName }, index) => {
        const target = {
          sheet: (): WorksheetApi => pending[index].sheet,
          tableName: (finalName: string) => temporaryTableName(finalName, tempName),
          rewriteFormula: rewrite,
        };
        return sheetModelSteps(target, model, budgets);
      });
      const batches = packIntoSyncs([...steps, ...modelSteps], budgets.payloadBudgetBytes, (item) => item.bytes);
      const total = batches.length + 1;
      const [first, ...rest] = batches;

      await syncSteps(context, first);
      progress({ stage: "writing", completed: 1, total });
      const existing = readSheetList(list).filter((sheet) => !names.some(({ tempName }) => sameName(tempName, sheet.name)));
      checkNothingOfTheUsersIsInTheWay(models, existing);

      let completed = 1;
      await syncBatches(context, rest, () => {
        completed += 1;
        progress({ stage: "writing", completed, total });
      });
      progress({ stage: "replacing", completed, total });
      swapStarted = true;
      await swapIn(context, pending, list, existing);
      progress({ stage: "done", completed: total, total });
      return models.map((model) => ({ name: model.name, role: model.role }));
    } catch (error) {
      await recover(context, pending, swapStarted);
      throw asAccessError(error);
    }
  });
}
