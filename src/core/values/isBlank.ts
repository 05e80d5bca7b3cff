import type { CellValue } from "./types";

/**
 * Whether a cell is empty: null, undefined, "" or only whitespace (including non-breaking spaces).
 *
 * A 0 is not blank here: some hosts pass empty cells as 0, and only the caller knows whether a 0
 * can be genuine, so each function decides (see src/functions/readRanges.ts). Never throws.
 *
 * @example
 * isBlank("  "); // => true
 * isBlank(0); // => false
 */
export function isBlank(v: CellValue): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== "string") return false;
  // Most text starts with a visible character; only then is the cost of trimming needed.
  const first = v.charCodeAt(0);
  if (first > 32 && first !== 160 && first < 0x1680) return false;
  return v.trim() === "";
}
