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

// Harms counted or rated, where fewer is better ("Medication errors", "Falls per 1,000 bed days").
const harmWords = /\b(?:errors?|falls?|incidents?|pressure (?:ulcers?|sores?|damage)|complaints?|infections?|omissions?|missed|near miss(?:es)?|restraints?|readmissions?|harms?|injur(?:y|ies)|hospital admissions?)\b/;
// Words of a check done or a standard met, where more is better ("Falls risk assessment completed").
const checkWords = /\b(?:assess(?:ment|ed)?|complet(?:e|ed|ion)|done|recorded|reviewed|complian(?:ce|t)|prevention|plan|screen(?:ing|ed)?|checked|met|free)\b/;

/**
 * Whether a measure's header names a harm, where fewer is better ("Medication error rate %", "Falls
 * per 1,000 occupied bed days", "Number of complaints"), rather than a check done or a standard met
 * ("Falls risk assessment completed", "Infection control compliance"). The command line warns when such
 * a measure is compared with higher as better and no direction was given. Never throws.
 *
 * @example
 * namesAHarm("Medication error rate %"); // => true
 * namesAHarm("Falls risk assessment completed"); // => false
 */
export function namesAHarm(header: string): boolean {
  if (typeof header !== "string") return false;
  const text = header.toLowerCase();
  return harmWords.test(text) && !checkWords.test(text);
}
