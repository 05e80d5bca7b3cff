import { COLUMN_VOCABULARY } from "./columnVocabulary";
import { normaliseText } from "./normaliseText";

const { leadingWords, trailingWords, wholeLabels } = COLUMN_VOCABULARY.totals;

const leading = new RegExp(`^(?:${leadingWords.map((word) => normaliseText(word)).join("|")})(?: |$)`);
const trailing = new RegExp(`(?:^| )(?:${trailingWords.map((word) => normaliseText(word)).join("|")})$`);
const whole: ReadonlySet<string> = new Set(wholeLabels.map((label) => normaliseText(label)));

/** A label ending in "average" or "total" names a totals row only when short ("Oak House average"). */
const longestTrailingTotalsLabelInWords = 3;

/**
 * Whether a row label marks a totals or average row rather than a group ("Total", "Average",
 * "Overall", "Mean", "Service average", "All teams"), ignoring case and punctuation. Never throws.
 *
 * @example
 * isTotalsLabel("Service average"); // => true
 * isTotalsLabel("All teams"); // => true
 * isTotalsLabel("Meanwood House"); // => false
 */
export function isTotalsLabel(label: string): boolean {
  const normalised = normaliseText(label);
  if (normalised === "") return false;
  if (whole.has(normalised) || leading.test(normalised)) return true;
  return trailing.test(normalised) && normalised.split(" ").length <= longestTrailingTotalsLabelInWords;
}
