/**
 * The kinds of sheet the add-in writes. A role is what the marker records, so a renamed sheet is still
 * recognised on the next run.
 *
 * @example
 * SHEET_ROLES.includes("action-tracker"); // => true
 */
export const SHEET_ROLES = ["team-comparison", "action-tracker", "location-dashboard", "assurance-summary"] as const;

/** One of the add-in's sheet roles. */
export type SheetRole = (typeof SHEET_ROLES)[number];
