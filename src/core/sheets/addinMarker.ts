import { SHEET_ROLES, type SheetRole } from "./sheetRoles";

/** A workbook-level defined name as the hosts list it: Office.js `names`, ExcelJS `definedNames.model`. */
export interface DefinedNameEntry {
  name: string;
  /** What the name refers to, with or without the leading "=" ("='Action Tracker'!$A$1"). */
  refersTo: string;
}

/** The defined name that marks one sheet as the add-in's, ready for an adapter to write. */
export interface SheetMarker {
  role: SheetRole;
  /** "CQCRecovery_action_tracker". */
  definedName: string;
  /** "'Action Tracker'!$A$1", without the "=" (ExcelJS wants none; Office.js adds it itself). */
  refersTo: string;
}

/** A sheet the markers say the add-in wrote. */
export interface MarkedSheet {
  sheet: string;
  role: SheetRole;
}

const namePrefix = "CQCRecovery_";

// A sheet-qualified cell or range reference: 'Quoted ''name'''!$A$1 or Plain!A1:B2. Excel moves the
// reference when a user inserts rows above A1, so any cell on the sheet still identifies it.
const quotedReference = /^'((?:[^']|'')+)'!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/;
const plainReference = /^([^'!]+)!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/;

function nameFor(role: SheetRole): string {
  // Defined names may not contain hyphens.
  return namePrefix + role.replace(/-/g, "_");
}

function roleOfName(name: string): SheetRole | null {
  return SHEET_ROLES.find((role) => nameFor(role).toLowerCase() === name.trim().toLowerCase()) ?? null;
}

function sheetOfReference(refersTo: string): string | null {
  const reference = refersTo.trim().replace(/^=/, "");
  const quoted = quotedReference.exec(reference);
  if (quoted !== null) return quoted[1].replace(/''/g, "'");
  const plain = plainReference.exec(reference);
  // Excel writes a reference to a deleted sheet as #REF!$A$1.
  return plain === null || plain[1] === "#REF" ? null : plain[1];
}

/**
 * How the add-in recognises its own sheets: one workbook-level defined name per role
 * (`CQCRecovery_action_tracker`, ...) that refers to cell A1 of the sheet holding that role.
 *
 * Why a defined name: ExcelJS (`workbook.definedNames`) and Office.js (`workbook.names`, ExcelApi 1.4)
 * both read and write them; Excel rewrites the reference when the user renames the sheet, so a renamed
 * tracker is still ours; a copy of the sheet does not carry a workbook-level name, so a user's copy is
 * the user's; and nothing is placed in a cell where it could be typed over, sorted or printed. A name
 * whose sheet was deleted refers to #REF! and marks nothing. Users see the names in the Name Manager,
 * where the prefix says what they are. This file is the only place that knows the format.
 *
 * @example
 * addinMarker.forSheet("action-tracker", "Action Tracker");
 * // => { role: "action-tracker", definedName: "CQCRecovery_action_tracker", refersTo: "'Action Tracker'!$A$1" }
 * addinMarker.read([{ name: "CQCRecovery_action_tracker", refersTo: "='Action Tracker'!$A$1" }]);
 * // => [{ sheet: "Action Tracker", role: "action-tracker" }]
 */
export const addinMarker = {
  /** Every name the add-in writes starts with this. */
  namePrefix,

  /** The marker for a sheet holding a role. */
  forSheet(role: SheetRole, sheetName: string): SheetMarker {
    return { role, definedName: nameFor(role), refersTo: `'${sheetName.replace(/'/g, "''")}'!$A$1` };
  },

  /** True for a defined name the add-in owns (and may delete or rewrite). */
  isMarkerName(name: string): boolean {
    return roleOfName(name) !== null;
  },

  /** The sheets the workbook's defined names mark as ours; broken and foreign names are ignored. */
  read(names: readonly DefinedNameEntry[]): MarkedSheet[] {
    const marked: MarkedSheet[] = [];
    for (const entry of names) {
      const role = roleOfName(entry.name);
      if (role === null) continue;
      const sheet = sheetOfReference(entry.refersTo);
      if (sheet === null) continue;
      marked.push({ sheet, role });
    }
    return marked;
  },
} as const;
