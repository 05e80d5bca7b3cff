import { cellText } from "./cellText";
import { COLUMN_ROLES, type ColumnMapping, type ColumnMappingEntry } from "./types";

/** Excel's widest sheet; a mapping entry beyond it is not a column. */
const widestSheetInColumns = 16384;
const knownRoles: ReadonlySet<string> = new Set(COLUMN_ROLES);

/**
 * Keeps the well-formed entries of a user's mapping, one per column, in column order: an entry needs a
 * whole column index within Excel's width and a known role; a missing header, confidence or reason is
 * filled in. Never throws, whatever it is given.
 *
 * @example
 * sanitiseMapping([{ index: 1, role: "score" }, { index: -1, role: "team" }, "Team"]);
 * // => [{ index: 1, header: "", role: "score", confidence: 1, reason: "Chosen by the user." }]
 */
export function sanitiseMapping(mapping: unknown): ColumnMapping {
  if (!Array.isArray(mapping)) return [];
  const seen = new Set<number>();
  const clean: ColumnMapping = [];
  for (const entry of mapping as unknown[]) {
    if (entry === null || typeof entry !== "object") continue;
    const { index, header, role, confidence, reason, rag } = entry as Partial<ColumnMappingEntry>;
    if (typeof index !== "number" || !Number.isSafeInteger(index) || index < 0 || index >= widestSheetInColumns) continue;
    if (typeof role !== "string" || !knownRoles.has(role) || seen.has(index)) continue;
    seen.add(index);
    clean.push({
      index,
      header: typeof header === "string" ? cellText(header) : "",
      role,
      confidence: typeof confidence === "number" && Number.isFinite(confidence) ? confidence : 1,
      reason: typeof reason === "string" ? reason : "Chosen by the user.",
      ...(rag === true && role === "item" ? { rag } : {}),
    });
  }
  return clean.sort((a, b) => a.index - b.index);
}
