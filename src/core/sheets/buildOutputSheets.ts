import { withRowHeights } from "./withRowHeights";
import { mergeActionTracker } from "../actions/mergeActionTracker";
import { proposeActions, type ProposeActionsOptions } from "../actions/proposeActions";
import type { ActionProposals, ActionTrackerTable } from "../actions/types";
import type { WorkbookAnalysis } from "../compare/types";
import type { CellValue } from "../values";
import { buildActionTrackerSheet } from "./buildActionTrackerSheet";
import { buildAssuranceSummary } from "./buildAssuranceSummary";
import { buildLocationDashboard } from "./buildLocationDashboard";
import { buildTeamComparisonTracker } from "./buildTeamComparisonTracker";
import type { ExistingSheetInfo } from "./existingSheetInfo";
import { planSheetNames } from "./planSheetNames";
import type { SheetModel } from "./sheetModel";
import type { SheetRole } from "./sheetRoles";

export interface OutputSheetsOptions extends Omit<ProposeActionsOptions, "asOf"> {
  /** The sheets already in the workbook, with the add-in's markers read. */
  existingSheets: readonly ExistingSheetInfo[];
  /** Our Action Tracker as read from the workbook (header included), or null when there is none. */
  existingActionTracker: readonly (readonly CellValue[])[] | null;
  /** What the dashboard compares by (default "location"). */
  dashboardDimension?: string;
  /** Live CQC formulas in the Team Comparison Tracker (inside Excel only). */
  liveFormulas?: boolean;
}

export interface OutputSheets {
  names: Record<SheetRole, string>;
  /** In the order they are added: tracker, actions, dashboard, summary. */
  models: SheetModel[];
  proposals: ActionProposals;
  tracker: ActionTrackerTable;
}

/**
 * Everything the add-in writes for one analysis, as sheet models: plans the sheet names beside the
 * user's own sheets, proposes actions and merges them with the existing Action Tracker, then builds the
 * Team Comparison Tracker, Action Tracker, Location Assurance Dashboard and Assurance Summary. The
 * as-of date is the analysis's. Pure: the adapters read the workbook before and write the models after.
 *
 * @example
 * buildOutputSheets({ asOf: 46084, analyses: [] }, { existingSheets: [], existingActionTracker: null }).models.map((m) => m.name);
 * // => ["Team Comparison Tracker", "Action Tracker", "Location Assurance Dashboard", "Assurance Summary"]
 */
export function buildOutputSheets(analysis: WorkbookAnalysis, options: OutputSheetsOptions): OutputSheets {
  const names = planSheetNames(options.existingSheets);
  const proposals = proposeActions(analysis, { ...options, asOf: analysis.asOf });
  const tracker = mergeActionTracker(options.existingActionTracker ?? [], proposals, analysis.asOf);
  const models = [
    buildTeamComparisonTracker(analysis, names["team-comparison"], { liveFormulas: options.liveFormulas }),
    buildActionTrackerSheet(tracker, names["action-tracker"]),
    buildLocationDashboard(analysis, options.dashboardDimension ?? "location", names["location-dashboard"]),
    buildAssuranceSummary(analysis, tracker.actions, names["assurance-summary"]),
  ].map(withRowHeights);
  return { names, models, proposals, tracker };
}
