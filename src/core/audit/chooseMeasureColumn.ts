import { normaliseText } from "./normaliseText";
import type { ColumnMapping, ColumnRole } from "./types";

/** The roles that carry a measure; choosing one column as the measure sets the others aside. */
const measureRoles: ReadonlySet<ColumnRole> = new Set(["score", "passed", "checked", "item", "period"]);

/**
 * The mapping with the column headed `header` read as the score (the user's choice of measure, as
 * the command line's --measure gives it), every other measure column set aside with the reason; null
 * when no column has that header. Headers match ignoring case and punctuation. Never throws.
 *
 * @example
 * chooseMeasureColumn([
 *   { index: 0, header: "Beds", role: "score", confidence: 0.3, reason: "" },
 *   { index: 1, header: "Falls rate", role: "ignore", confidence: 0.5, reason: "" },
 * ], "falls rate")?.map((entry) => entry.role); // => ["ignore", "score"]
 */
export function chooseMeasureColumn(mapping: ColumnMapping, header: string): ColumnMapping | null {
  if (!Array.isArray(mapping) || typeof header !== "string") return null;
  const wanted = normaliseText(header);
  const chosen = mapping.find((entry) => normaliseText(entry.header) === wanted);
  if (wanted === "" || chosen === undefined) return null;
  return mapping.map((entry) => {
    if (entry === chosen) return { ...entry, role: "score", confidence: 1, reason: `Chosen by you as the measure: read as the score.` };
    if (!measureRoles.has(entry.role)) return entry;
    return { ...entry, role: "ignore", confidence: 1, reason: `Not used: you chose column "${chosen.header}" as the measure.` };
  });
}
