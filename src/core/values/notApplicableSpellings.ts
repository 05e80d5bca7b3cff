/**
 * How care audits write "not applicable", lower-cased with inner whitespace collapsed.
 *
 * Dashes are included because audit templates use "-" for an item that does not apply; they can
 * never be read as a number, a date or an answer, so treating them as N/A loses nothing.
 *
 * @example
 * NOT_APPLICABLE_SPELLINGS.includes("n/a"); // => true
 */
export const NOT_APPLICABLE_SPELLINGS = [
  "n/a",
  "na",
  "n.a.",
  "n.a",
  "n / a",
  "not applicable",
  "not assessed",
  "not relevant",
  "not required",
  "-",
  "–",
  "—",
] as const;

/** One of the spellings of "not applicable". */
export type NotApplicableSpelling = (typeof NOT_APPLICABLE_SPELLINGS)[number];
