import { isBlank, type CellValue } from "../values";
import { isTotalsLabel } from "./isTotalsLabel";
import { matchHeaderRole } from "./matchHeaderRole";
import { GROUPING_ROLES, type GroupingRole } from "./types";

/** A group named in a cell above a table or a block of rows ("Team: Oak Unit"). */
export interface GroupHeading {
  role: GroupingRole;
  /** The group's name as written, spaces tidied ("Oak Unit"). */
  name: string;
  /** The label as written ("Team"), for reasons. */
  label: string;
}

const groupingRoles: ReadonlySet<string> = new Set(GROUPING_ROLES);
/** A group's name is short; a longer text after a colon is a note ("Team: please complete weekly ..."). */
const longestGroupNameLength = 40;
const labelled = /^([^:]{1,30}):\s*(.+)$/s;

function labelRole(label: string): GroupingRole | null {
  const match = matchHeaderRole(label);
  return match !== null && match.exact && groupingRoles.has(match.role) ? (match.role as GroupingRole) : null;
}

function asName(v: CellValue): string | null {
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  if (typeof v !== "string") return null;
  const name = v.trim().replace(/\s+/g, " ");
  return name === "" || name.length > longestGroupNameLength || isTotalsLabel(name) ? null : name;
}

/**
 * The group a row names when it is a heading rather than data: its only filled cell is "Team: Oak
 * Unit" (any grouping word: team, unit, ward, shift, location, home, staff group ...), or its only two
 * filled cells are such a word and a name ("Team:" | "Oak Unit"). Quality leads write one above the
 * table, or above each block of a sheet that holds several teams. Null for any other row. Never throws.
 *
 * @example
 * parseGroupHeading(["Team: Oak Unit", null, null]); // => { role: "team", name: "Oak Unit", label: "Team" }
 * parseGroupHeading(["Location", "Rose House"]); // => { role: "location", name: "Rose House", label: "Location" }
 * parseGroupHeading(["Team A", 0.9]); // => null
 */
export function parseGroupHeading(row: ReadonlyArray<CellValue>): GroupHeading | null {
  if (!Array.isArray(row)) return null;
  const filled: CellValue[] = [];
  for (const v of row as ReadonlyArray<CellValue>) {
    if (isBlank(v)) continue;
    filled.push(v);
    if (filled.length > 2) return null;
  }
  if (filled.length === 1 && typeof filled[0] === "string") {
    const parts = labelled.exec(filled[0].trim());
    if (parts === null) return null;
    const role = labelRole(parts[1]);
    const name = asName(parts[2]);
    return role === null || name === null ? null : { role, name, label: parts[1].trim() };
  }
  if (filled.length === 2 && typeof filled[0] === "string") {
    const label = filled[0].trim().replace(/:$/, "").trim();
    const role = labelRole(label);
    const name = asName(filled[1]);
    return role === null || name === null ? null : { role, name, label };
  }
  return null;
}
