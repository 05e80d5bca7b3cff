import { promises as fs } from "node:fs";
import path from "node:path";
import type { ExistingSheet } from "../app/ports";
import type { DefinedNameEntry } from "../core/sheets/addinMarker";
import type { CellValue } from "../core/values";
import { openWorkbookFile, type OpenedWorkbook } from "./openWorkbookFile";
import { XlsxWorkbook } from "./XlsxWorkbook";

/** Where the results go: a copy of the input, the input itself, or a workbook of only our sheets (a roll-up). */
export const OUTPUT_MODES = ["copy", "in-place", "separate"] as const;
export type OutputMode = (typeof OUTPUT_MODES)[number];

export interface OutputOptions {
  /** Where to write; by default beside the (first) input. */
  outPath?: string;
  /** Update the input itself, after writing a backup. */
  inPlace?: boolean;
  /** More than one input: a provider-level roll-up, always written to a workbook of its own. */
  rollUp?: boolean;
}

export interface OutputPlan {
  mode: OutputMode;
  inputPath: string;
  outPath: string;
  /** A copy of the file about to be overwritten, made before writing; null when nothing is overwritten. */
  backupPath: string | null;
  /** Why the plan differs from what was asked, in plain English. */
  messages: string[];
  /** The sheets of the workbook being written to, with our markers read (for naming). */
  existingSheets: ExistingSheet[];
  /** Our Action Tracker as last written (and edited by users), or null. */
  existingActionTracker: CellValue[][] | null;
  /** The defined names of ours in the workbook written to: markers and ownership records (core/sheets/ownership). */
  ownNames: DefinedNameEntry[];
}

async function exists(filePath: string): Promise<boolean> {
  return fs.stat(filePath).then(
    () => true,
    () => false,
  );
}

function beside(inputPath: string, suffix: string): string {
  const parsed = path.parse(inputPath);
  return path.join(parsed.dir, `${parsed.name}${suffix}`);
}

async function ownTracker(book: XlsxWorkbook): Promise<CellValue[][] | null> {
  const tracker = (await book.listSheets()).find((s) => s.ownedByAddin && s.role === "action-tracker");
  return tracker === undefined ? null : book.readOwnSheet(tracker.name);
}

function sameFile(a: string, b: string): boolean {
  return path.resolve(a).toLowerCase() === path.resolve(b).toLowerCase();
}

/**
 * Decides where the results of a run go and reads what the merge needs from there:
 * - by default a copy beside the input (`<name>.assured.xlsx`), or `outPath`;
 * - `inPlace`: the input itself, after a backup (`<name>.backup.xlsx`); safe for every workbook, as the
 *   writer copies every part of the user's unchanged (see write/writeOutputPackage);
 * - a workbook holding only our sheets for a roll-up of several workbooks (`provider-roll-up.assurance.xlsx`).
 * A file about to be overwritten (an earlier output) is backed up first (`.previous.xlsx`), and its
 * Action Tracker, where users keep working, is the one merged.
 *
 * @example
 * // (await planOutputs("audits.xlsx", {}, opened)).outPath // => "audits.assured.xlsx"
 */
export async function planOutputs(inputPath: string, options: OutputOptions, opened: OpenedWorkbook): Promise<OutputPlan> {
  const messages: string[] = [];
  let mode: OutputMode;
  let outPath: string;
  if (options.rollUp) {
    mode = "separate";
    outPath = options.outPath ?? path.join(path.dirname(inputPath), "provider-roll-up.assurance.xlsx");
  } else if (options.inPlace || (options.outPath !== undefined && sameFile(options.outPath, inputPath))) {
    mode = "in-place";
    outPath = inputPath;
  } else {
    mode = "copy";
    outPath = options.outPath ?? beside(inputPath, ".assured.xlsx");
  }

  const outExists = mode !== "in-place" && (await exists(outPath));
  const earlierOutput = outExists ? await openWorkbookFile(outPath).catch(() => null) : null;
  const backupPath = mode === "in-place" ? beside(inputPath, ".backup.xlsx") : outExists ? beside(outPath, ".previous.xlsx") : null;
  if (outExists && earlierOutput === null) messages.push(`${path.basename(outPath)} already exists but could not be read; it is kept as ${path.basename(backupPath as string)}.`);

  // The workbook written to decides the names; the latest tracker users edited decides the merge.
  const target = mode === "separate" ? (earlierOutput?.book ?? null) : opened.book;
  const existingSheets = (await target?.listSheets()) ?? [];
  const ownNames = (await target?.readOwnNames()) ?? [];
  const trackerFrom = earlierOutput?.book ?? opened.book;
  const existingActionTracker = (await ownTracker(trackerFrom)) ?? (trackerFrom !== opened.book ? await ownTracker(opened.book) : null);
  return { mode, inputPath, outPath, backupPath, messages, existingSheets, existingActionTracker, ownNames };
}
