import { COLUMN_VOCABULARY } from "./columnVocabulary";
import { normaliseText } from "./normaliseText";

const denominators: ReadonlySet<string> = new Set(COLUMN_VOCABULARY.denominatorHeaders.map((phrase) => normaliseText(phrase)));
const overANumber = / \/ \d/;
const rateWords: readonly string[] = COLUMN_VOCABULARY.rateWords.map((word) => ` ${normaliseText(word) === "" ? word : normaliseText(word)} `);

/**
 * What a numeric column's header says it measures: "rate" for a rate, score or percentage over a
 * denominator ("Falls per 1,000 occupied bed days", "Compliance %"), "denominator" for the size of a
 * unit ("Beds", "Occupied bed days", "Residents", "Staff numbers"), or null when it says neither.
 * A header naming both ("Falls per 1,000 bed days") is a rate. Never throws.
 *
 * @example
 * measureMeaning("Falls per 1,000 occupied bed days"); // => "rate"
 * measureMeaning("Beds"); // => "denominator"
 * measureMeaning("Team"); // => null
 */
export function measureMeaning(header: string): "rate" | "denominator" | null {
  if (typeof header !== "string") return null;
  const normalised = normaliseText(header);
  if (normalised === "") return null;
  const padded = ` ${normalised.replace(/%/g, " % ")} `;
  // "Falls / 1,000 OBD": a count over a number is a rate as much as "per" is.
  if (rateWords.some((word) => padded.includes(word)) || overANumber.test(padded)) return "rate";
  return denominators.has(normalised) ? "denominator" : null;
}
