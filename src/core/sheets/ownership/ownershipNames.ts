import { columnLetter } from "../../audit/columnLetter";
import { parseRangeAddress } from "../parseRangeAddress";
import type { DefinedNameEntry } from "../addinMarker";
import type { CellRange } from "../sheetModel";
import type { SheetRole } from "../sheetRoles";

// Every name the add-in writes starts with the marker prefix, so Name Manager shows whose they are and
// the adapters know which names they may replace. Excel moves a name's reference when the user inserts
// or deletes rows and columns, moves a column or renames the sheet, so the names keep pointing at our
// cells wherever the user has pushed them.
const prefix = "CQCRecovery_";
const blocksSuffix = "_blocks";
const columnInfix = "col_";
const issuedInfix = "issued_";

function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

function absolute(range: CellRange): string {
  const start = `$${columnLetter(range.left)}$${range.top}`;
  return range.top === range.bottom && range.left === range.right ? start : `${start}:$${columnLetter(range.right)}$${range.bottom}`;
}

/** The ranges of a reference such as "='Sheet'!$A$1:$C$4,'Sheet'!$A$8:$B$9"; null when it names no cells (#REF!). */
function rangesOf(refersTo: string): CellRange[] | null {
  const parts = refersTo
    .trim()
    .replace(/^=/, "")
    .split(/,(?=(?:[^']*'[^']*')*[^']*$)/);
  const ranges: CellRange[] = [];
  for (const part of parts) {
    const bang = part.lastIndexOf("!");
    const address = (bang < 0 ? part : part.slice(bang + 1)).replace(/\$/g, "");
    if (address.includes("#REF")) return null;
    const range = parseRangeAddress(address);
    if (range === null) return null;
    ranges.push(range);
  }
  return ranges.length === 0 ? null : ranges;
}

/** A short, stable, name-safe digest of a key (FNV-1a, 32 bits, hex): enough to tell a tracker's keys apart. */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** What the add-in's ownership names record, read back from a workbook. */
export interface OwnershipRecord {
  /** Per role, the blocks we wrote on that sheet last time, where they are now. */
  blocks: Partial<Record<SheetRole, CellRange[]>>;
  /** The Action Tracker's columns of ours: column id -> 1-based column number of its header cell, and the header row. */
  trackerColumns: Map<string, { column: number; row: number }>;
  /** Digests of the action keys issued and not yet dismissed (see ownershipNames.issued). */
  issuedDigests: Set<string>;
}

/**
 * The defined names in which the add-in records which cells of its own sheets are its own, beside
 * the sheet markers of `addinMarker`:
 * - `CQCRecovery_<role>_blocks`: the rectangles a sheet's last write filled; the next refresh empties
 *   exactly these and leaves every other cell of the sheet (a user's note beside a block) alone.
 * - `CQCRecovery_col_<id>`: the header cell of each Action Tracker column of ours, so a column the user
 *   moved or renamed is still ours.
 * - `CQCRecovery_issued_<digest>`: one per action the add-in has put in the tracker while its group
 *   still needs action; a key issued but missing from the tracker is a row the user deleted.
 * This file is the only place that knows the format.
 *
 * @example
 * ownershipNames.blocks("team-comparison", "Team Comparison Tracker", [{ top: 1, left: 1, bottom: 4, right: 3 }]);
 * // => { name: "CQCRecovery_team_comparison_blocks", refersTo: "'Team Comparison Tracker'!$A$1:$C$4" }
 */
export const ownershipNames = {
  blocks(role: SheetRole, sheet: string, ranges: readonly CellRange[]): DefinedNameEntry {
    return { name: `${prefix}${role.replace(/-/g, "_")}${blocksSuffix}`, refersTo: ranges.map((range) => `${quotedSheet(sheet)}!${absolute(range)}`).join(",") };
  },

  column(columnId: string, sheet: string, row: number, column: number): DefinedNameEntry {
    return { name: `${prefix}${columnInfix}${columnId}`, refersTo: `${quotedSheet(sheet)}!${absolute({ top: row, left: column, bottom: row, right: column })}` };
  },

  /** A workbook-level name holding TRUE, one per issued action key (the digest keeps the name short and valid). */
  issued(key: string): DefinedNameEntry {
    return { name: `${prefix}${issuedInfix}${digest(key)}`, refersTo: "TRUE" };
  },

  digest,

  /** True for a name this file writes (the adapters may replace or delete it). */
  isOwnershipName(name: string): boolean {
    const lower = name.toLowerCase();
    return lower.startsWith(prefix.toLowerCase()) && (lower.endsWith(blocksSuffix) || lower.startsWith(`${prefix}${columnInfix}`.toLowerCase()) || lower.startsWith(`${prefix}${issuedInfix}`.toLowerCase()));
  },

  /** Reads the ownership names among a workbook's defined names; broken references (#REF!) record nothing. */
  read(names: readonly DefinedNameEntry[], roles: readonly SheetRole[]): OwnershipRecord {
    const record: OwnershipRecord = { blocks: {}, trackerColumns: new Map(), issuedDigests: new Set() };
    for (const entry of names) {
      const lower = entry.name.toLowerCase();
      if (!lower.startsWith(prefix.toLowerCase())) continue;
      const rest = entry.name.slice(prefix.length);
      if (rest.toLowerCase().startsWith(issuedInfix)) {
        record.issuedDigests.add(rest.slice(issuedInfix.length).toLowerCase());
        continue;
      }
      const ranges = rangesOf(entry.refersTo);
      if (ranges === null) continue;
      if (rest.toLowerCase().startsWith(columnInfix)) {
        record.trackerColumns.set(rest.slice(columnInfix.length), { column: ranges[0].left, row: ranges[0].top });
        continue;
      }
      const role = roles.find((candidate) => `${candidate.replace(/-/g, "_")}${blocksSuffix}` === rest.toLowerCase());
      if (role !== undefined) record.blocks[role] = ranges;
    }
    return record;
  },
} as const;
