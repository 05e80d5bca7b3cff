import type { SheetRole } from "./sheetRoles";

/**
 * The name each sheet gets when the workbook has no sheet of that name already. Every name is within
 * Excel's 31-character limit and leaves room for the " (CQC)" suffix used when a user owns the name.
 *
 * @example
 * DEFAULT_SHEET_NAMES["action-tracker"]; // => "Action Tracker"
 */
export const DEFAULT_SHEET_NAMES: Readonly<Record<SheetRole, string>> = {
  "team-comparison": "Team Comparison Tracker",
  "action-tracker": "Action Tracker",
  "location-dashboard": "Location Assurance Dashboard",
  "assurance-summary": "Assurance Summary",
};
