import { promises as fs } from "node:fs";
import path from "node:path";
import type { SheetModel } from "../core/sheets/sheetModel";
import { openPackage } from "./package/openPackage";
import type { XlsxPackage } from "./package/xlsxPackage";
import { openWorkbookFile, type OpenedWorkbook } from "./openWorkbookFile";
import { planOutputs, type OutputMode, type OutputOptions } from "./planOutputs";
import { WorkbookFileError } from "./workbookFileError";
import { minimalPackage } from "./write/minimalPackage";
import type { SheetWritePlan } from "../core/sheets/ownership/sheetWritePlan";
import { createPlans, writeOutputPackage } from "./write/writeOutputPackage";

export interface WriteReport {
  mode: OutputMode;
  outPath: string;
  backupPath: string | null;
  /** What the user should know, in plain English (where the backup is). */
  messages: string[];
}

async function writeAtomically(outPath: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${outPath}.${process.pid}.tmp`;
  try {
    await fs.mkdir(path.dirname(outPath), { recursive: true });
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, outPath);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    const reason = (error as NodeJS.ErrnoException).code === "EBUSY" ? "it is open in another program" : (error as Error).message;
    throw new WorkbookFileError("cannot-write", `${path.basename(outPath)} could not be written (${reason}). If it is open in Excel, close it and run again.`);
  }
}

async function packageAt(filePath: string): Promise<XlsxPackage | null> {
  const bytes = await fs.readFile(filePath).catch(() => null);
  if (bytes === null) return null;
  try {
    return openPackage(new Uint8Array(bytes), path.basename(filePath));
  } catch {
    return null;
  }
}

/**
 * Writes the sheet models for an input workbook (see planOutputs for where): the output package is
 * the input package with our sheets added or replaced (write/writeOutputPackage): every part of the
 * user's is copied byte for byte, so a copy and `inPlace` are safe for every workbook, charts, pivot
 * tables, images and macros included. A roll-up goes to a workbook of our own (the earlier one when it
 * exists). Backs up any file it overwrites, and writes through a temporary file so a failure leaves no
 * half-written workbook. `sheets` are the core's plans (buildOutputSheets: each of our sheets created
 * whole or refreshed in place, our cells only), or models to create whole; `opened` reuses a workbook
 * already opened with openWorkbookFile.
 *
 * Throws WorkbookFileError (unreadable input, a protected sheet of ours, a structure-protected workbook,
 * a clash with a user's sheet, a file that cannot be written), each naming the file.
 *
 * @example
 * // await writeOutputs("audits.xlsx", models, {}) // => { mode: "copy", outPath: "audits.assured.xlsx", ... }
 */
export async function writeOutputs(
  inputPath: string,
  sheets: readonly SheetWritePlan[] | readonly SheetModel[],
  options: OutputOptions & { opened?: OpenedWorkbook } = {},
): Promise<WriteReport> {
  const opened = options.opened ?? (await openWorkbookFile(inputPath));
  const plan = await planOutputs(inputPath, options, opened);
  let base: XlsxPackage | null;
  if (plan.mode === "separate") base = (plan.backupPath === null ? null : await packageAt(plan.outPath)) ?? minimalPackage(path.basename(plan.outPath));
  else base = opened.package;
  if (base === null) throw new WorkbookFileError("damaged", `${path.basename(inputPath)} could not be read again to write the results; it may have been moved or changed while the tool ran.`);
  const plans = sheets.map((sheet) => ("kind" in sheet ? sheet : createPlans([sheet])[0]));
  const bytes = writeOutputPackage(base, plans);
  const messages = [...plan.messages];
  if (plan.backupPath !== null) {
    await fs.copyFile(plan.mode === "in-place" ? inputPath : plan.outPath, plan.backupPath);
    messages.push(`The previous version was saved as ${path.basename(plan.backupPath)}.`);
  }
  await writeAtomically(plan.outPath, bytes);
  return { mode: plan.mode, outPath: plan.outPath, backupPath: plan.backupPath, messages };
}
