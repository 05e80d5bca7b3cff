import type { AuditSourceReader, OutputSheetWriter } from "./ports";
import type { OwnerRoles } from "../core/actions/ownerRoles";
import type { WorkbookAnalysis } from "../core/compare";
import { buildOutputSheets, type OutputSheets } from "../core/sheets";

/** The four sheets to write, and whether they replace the add-in's sheets from an earlier run. */
export interface PreparedOutputs extends OutputSheets {
  refreshing: boolean;
}

/**
 * The four sheets for an analysis, merged with the Action Tracker already in the workbook: reads the
 * sheet list (for names beside the user's own sheets) and our Action Tracker (to keep what users
 * typed), then builds the models. Writing them is the caller's next step.

 */
export async function prepareOutputs(
  workbook: AuditSourceReader & OutputSheetWriter,
  analysis: WorkbookAnalysis,
  options: { ownerRoles?: Partial<OwnerRoles>; dashboardDimension?: string; liveFormulas?: boolean } = {},
): Promise<PreparedOutputs> {
  const existingSheets = await workbook.listSheets();
  const tracker = existingSheets.find((sheet) => sheet.ownedByAddin && sheet.role === "action-tracker");
  const existingActionTracker = tracker === undefined ? null : await workbook.readOwnSheet(tracker.name);
  const ownNames = await workbook.readOwnNames();
  const outputs = buildOutputSheets(analysis, { existingSheets, existingActionTracker, ownNames, ownerRoles: options.ownerRoles, dashboardDimension: options.dashboardDimension, liveFormulas: options.liveFormulas });
  return { ...outputs, refreshing: existingSheets.some((sheet) => sheet.ownedByAddin) };
}
