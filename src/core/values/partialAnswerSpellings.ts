/**
 * How care audits write an answer that was partly met, lower-cased with hyphens read as spaces and
 * inner whitespace collapsed. A partial answer is neither a Yes nor a No: how it counts is the
 * reader's rule (see `PARTIAL_ANSWER_RULES` in core/audit).
 *
 * @example
 * PARTIAL_ANSWER_SPELLINGS.includes("partially met"); // => true
 */
export const PARTIAL_ANSWER_SPELLINGS = [
  "partial",
  "partially",
  "partly",
  "partially met",
  "partly met",
  "part met",
  "partially compliant",
  "partly compliant",
  "partially achieved",
  "partly achieved",
  "in part",
  "some",
] as const;

/** One of the spellings of a partial answer. */
export type PartialAnswerSpelling = (typeof PARTIAL_ANSWER_SPELLINGS)[number];
