import { NOT_APPLICABLE_SPELLINGS } from "./notApplicableSpellings";
import type { CellValue } from "./types";

const spellings: ReadonlySet<string> = new Set(NOT_APPLICABLE_SPELLINGS);
const longestSpelling = Math.max(...NOT_APPLICABLE_SPELLINGS.map((spelling) => spelling.length));
// Every spelling starts with "n" or a dash; checking the first visible character first keeps the common
// case (a team name, a score) to a few comparisons.
const possibleFirstCharacters = new Set(NOT_APPLICABLE_SPELLINGS.map((spelling) => spelling[0]));

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
  const trimmed = v.trim();
  if (trimmed.length === 0 || trimmed.length > longestSpelling * 2) return false;
  if (!possibleFirstCharacters.has(trimmed[0].toLowerCase())) return false;
  return spellings.has(trimmed.toLowerCase().replace(/\s+/g, " "));
}
