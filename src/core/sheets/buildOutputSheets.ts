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
import { SHEET_ROLES, type SheetRole } from "./sheetRoles";
import type { DefinedNameEntry } from "./addinMarker";
import { ownershipNames } from "./ownership/ownershipNames";
import { planSheetWrites } from "./ownership/planSheetWrites";
import type { SheetWritePlan } from "./ownership/sheetWritePlan";

export interface OutputSheetsOptions extends Omit<ProposeActionsOptions, "asOf"> {
  /** The sheets already in the workbook, with the add-in's markers read. */
  existingSheets: readonly ExistingSheetInfo[];
  /** Our Action Tracker as read from the workbook (header included), or null when there is none. */
  existingActionTracker: readonly (readonly CellValue[])[] | null;
  /** What the dashboard compares by (default "location"). */
  dashboardDimension?: string;
  /** Live CQC formulas in the Team Comparison Tracker (inside Excel only). */
  liveFormulas?: boolean;
  /** The workbook's defined names of ours (`CQCRecovery_*`), which record which cells of our sheets are ours. */
  ownNames?: readonly DefinedNameEntry[];
}

export interface OutputSheets {
  names: Record<SheetRole, string>;
  /** In the order they are added: tracker, actions, dashboard, summary. */
  models: SheetModel[];
  proposals: ActionProposals;
  tracker: ActionTrackerTable;
  /** How each model is written: created whole, or refreshed in place touching only our cells (same order as models). */
  plans: SheetWritePlan[];
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
  const record = ownershipNames.read(options.ownNames ?? [], SHEET_ROLES);
  const trackerIsOurs = options.existingSheets.some((sheet) => sheet.ownedByAddin && sheet.role === "action-tracker");
  const namedColumns = new Map([...record.trackerColumns].map(([id, at]) => [id, at.column - 1]));
  const headerRow = [...record.trackerColumns.values()][0]?.row;
  const tracker = mergeActionTracker(options.existingActionTracker ?? [], proposals, analysis.asOf, {
    headerRow: trackerIsOurs ? headerRow : undefined,
    columns: trackerIsOurs ? namedColumns : undefined,
    wasIssued: trackerIsOurs ? (key) => record.issuedDigests.has(ownershipNames.digest(key)) : undefined,
  });
  const buildTracker = (table: ActionTrackerTable) => withRowHeights(buildActionTrackerSheet(table, names["action-tracker"]));
  const models = [
    withRowHeights(buildTeamComparisonTracker(analysis, names["team-comparison"], { liveFormulas: options.liveFormulas })),
    buildTracker(tracker),
    withRowHeights(buildLocationDashboard(analysis, options.dashboardDimension ?? "location", names["location-dashboard"])),
    withRowHeights(buildAssuranceSummary(analysis, tracker.actions, names["assurance-summary"], { suggestedOwnerRoles: [proposals.ownerRoles.lead, proposals.ownerRoles.support] })),
  ];
  const plans = planSheetWrites(models, buildTracker, tracker, { sheets: options.existingSheets, record, trackerValues: options.existingActionTracker });
  return { names, models, proposals, tracker, plans };
}
