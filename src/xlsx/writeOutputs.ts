import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { SheetModel } from "../core/sheets/sheetModel";
import { openWorkbookFile, type OpenedWorkbook } from "./openWorkbookFile";
import { planOutputs, type OutputMode, type OutputOptions } from "./planOutputs";
import { WorkbookFileError } from "./workbookFileError";
import { XlsxWorkbook } from "./XlsxWorkbook";

export interface WriteReport {
  mode: OutputMode;
  outPath: string;
  backupPath: string | null;
  /** What the user should know, in plain English (why a separate workbook, where the backup is). */
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

/**
 * Writes the sheet models for an input workbook (see planOutputs for where): loads the input, replaces
 * only the sheets our markers identify, adds ours, never touches the user's sheets, backs up any file
 * it overwrites, and writes through a temporary file so a failure leaves no half-written workbook.
 * Refuses `inPlace` for a workbook with parts ExcelJS cannot carry and writes a separate workbook of our
 * sheets instead, saying why. Pass `opened` to reuse a workbook already opened with openWorkbookFile.
 *
 * Throws WorkbookFileError (unreadable input, a protected sheet of ours, a structure-protected workbook,
 * a clash with a user's sheet, a file that cannot be written), each naming the file.
 *
 * @example
 * // await writeOutputs("audits.xlsx", models, {}) // => { mode: "copy", outPath: "audits.assured.xlsx", ... }
 */
export async function writeOutputs(inputPath: string, models: readonly SheetModel[], options: OutputOptions & { opened?: OpenedWorkbook } = {}): Promise<WriteReport> {
  const opened = options.opened ?? (await openWorkbookFile(inputPath));
  const plan = await planOutputs(inputPath, options, opened);
  let book: XlsxWorkbook;
  if (plan.mode === "separate") {
    const earlier = plan.backupPath === null ? null : await openWorkbookFile(plan.outPath).catch(() => null);
    book = earlier?.book ?? new XlsxWorkbook(new ExcelJS.Workbook(), path.basename(plan.outPath));
  } else {
    if (opened.inspection.structureProtected) {
      throw new WorkbookFileError("protected-structure", `${path.basename(inputPath)} has its structure protected, so sheets cannot be added. Unprotect it (Review > Protect Workbook) and run again; nothing was written.`);
    }
    book = opened.book;
  }
  await book.writeSheets([...models]);
  const bytes = await book.toBytes();
  const messages = [...plan.messages];
  if (plan.backupPath !== null) {
    await fs.copyFile(plan.mode === "in-place" ? inputPath : plan.outPath, plan.backupPath);
    messages.push(`The previous version was saved as ${path.basename(plan.backupPath)}.`);
  }
  await writeAtomically(plan.outPath, bytes);
  return { mode: plan.mode, outPath: plan.outPath, backupPath: plan.backupPath, messages };
}
