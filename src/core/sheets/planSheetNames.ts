import { DEFAULT_SHEET_NAMES } from "./defaultSheetNames";
import type { ExistingSheetInfo } from "./existingSheetInfo";
import { SHEET_ROLES, type SheetRole } from "./sheetRoles";

/** The longest sheet name Excel accepts. */
const SHEET_NAME_LIMIT = 31;

/** Added to our name when the user already has a sheet called that. */
const ownSuffix = " (CQC)";

function fit(base: string, suffix: string): string {
  return base.slice(0, SHEET_NAME_LIMIT - suffix.length).trimEnd() + suffix;
}

/**
 * The name each of our sheets gets in this workbook. A sheet our marker already identifies keeps its
 * name (even if the user renamed it); otherwise our usual name, and when a sheet the user made already
 * has that name (Excel compares names ignoring case), a free name beside it: "Action Tracker (CQC)",
 * then "Action Tracker (CQC) 2" and so on. Every name fits Excel's 31 characters. Never throws.
 *
 * @example
 * planSheetNames([{ name: "Action Tracker", ownedByAddin: false, role: null, protected: false }])["action-tracker"];
 * // => "Action Tracker (CQC)"
 */
export function planSheetNames(existing: readonly ExistingSheetInfo[]): Record<SheetRole, string> {
  const taken = new Set(existing.map((sheet) => sheet.name.toLowerCase()));
  const planned = {} as Record<SheetRole, string>;
  const unplanned: SheetRole[] = [];
  for (const role of SHEET_ROLES) {
    const own = existing.find((sheet) => sheet.ownedByAddin && sheet.role === role);
    if (own === undefined) unplanned.push(role);
    else planned[role] = own.name;
  }
  for (const role of unplanned) {
    const base = DEFAULT_SHEET_NAMES[role];
    let candidate = base;
    for (let attempt = 1; taken.has(candidate.toLowerCase()); attempt++) {
      candidate = fit(base, attempt === 1 ? ownSuffix : `${ownSuffix} ${attempt}`);
    }
    taken.add(candidate.toLowerCase());
    planned[role] = candidate;
  }
  return planned;
}
