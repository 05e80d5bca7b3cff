import { NOT_APPLICABLE_SPELLINGS } from "./notApplicableSpellings";
import type { CellValue } from "./types";

const spellings: ReadonlySet<string> = new Set(NOT_APPLICABLE_SPELLINGS);

/**
 * Whether a cell says "not applicable": N/A, NA, n/a, N.A., Not applicable, Not assessed and the
 * other spellings in `NOT_APPLICABLE_SPELLINGS`, ignoring case and surrounding spaces.
 *
 * The Excel error "#N/A" is an error, not an answer, so it is not N/A here (see `excelErrorOf`).
 * Never throws.
 *
 * @example
 * isNotApplicable(" Not applicable "); // => true
 * isNotApplicable("#N/A"); // => false
 */
export function isNotApplicable(v: CellValue): boolean {
  if (typeof v !== "string") return false;
  return spellings.has(v.trim().toLowerCase().replace(/\s+/g, " "));
}
