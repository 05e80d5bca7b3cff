import { PARTIAL_ANSWER_SPELLINGS } from "./partialAnswerSpellings";
import type { CellValue } from "./types";

const spellings: ReadonlySet<string> = new Set(PARTIAL_ANSWER_SPELLINGS);
const longestSpelling = Math.max(...PARTIAL_ANSWER_SPELLINGS.map((spelling) => spelling.length));

/**
 * Whether a cell records an answer that was partly met: "Partial", "Partly", "Partially met", "Some"
 * and the other spellings in `PARTIAL_ANSWER_SPELLINGS`, ignoring case, hyphens and surrounding
 * spaces. Never throws.
 *
 * @example
 * isPartialAnswer(" Partially met "); // => true
 * isPartialAnswer("Partially-compliant"); // => true
 * isPartialAnswer("No"); // => false
 */
export function isPartialAnswer(v: CellValue): boolean {
  if (typeof v !== "string") return false;
  if (v.length > longestSpelling * 2) return false;
  return spellings.has(v.trim().toLowerCase().replace(/-/g, " ").replace(/\s+/g, " "));
}
