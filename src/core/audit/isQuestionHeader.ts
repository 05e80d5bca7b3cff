import { normaliseText } from "./normaliseText";

/**
 * Words that open a question or an instruction to check something ("Is the care plan signed",
 * "Check the MAR chart"). "Checked" is left out: "Checked by" names the auditor.
 */
const openingWords: ReadonlySet<string> = new Set([
  "is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "can", "could", "will", "would",
  "should", "any", "check", "confirm", "ensure", "verify",
]);

/**
 * Whether a column header is phrased as a question: it ends with "?", or its first word opens a
 * question or asks for a check ("Is", "Has", "Does", "Check", "Confirm" ...) and more words follow. Such a
 * column asks one thing whatever nouns it mentions ("Concern reported to manager?" is a question, not
 * the manager's name). Never throws.
 *
 * @example
 * isQuestionHeader("Concern reported to manager?"); // => true
 * isQuestionHeader("Has the resident consented"); // => true
 * isQuestionHeader("Checked by"); // => false
 * isQuestionHeader("Manager"); // => false
 */
export function isQuestionHeader(header: string): boolean {
  if (typeof header !== "string") return false;
  if (header.trim().endsWith("?")) return true;
  const words = normaliseText(header).split(" ");
  return words.length >= 2 && openingWords.has(words[0]);
}
