/**
 * How a partial answer ("Partial", "Partly", "Partially met", "Some") counts in an item audit:
 * - "not-met" (the default): a No, as compliance audits score it (the standard was not met in full);
 * - "half": half an item passed; each record is then compared by its score (Yes + half the partial
 *   answers, out of Yes + No + partial), since half an item is not a whole count;
 * - "left-out": left out like N/A, neither passed nor checked.
 *
 * @example
 * PARTIAL_ANSWER_RULES.includes("half"); // => true
 */
export const PARTIAL_ANSWER_RULES = ["not-met", "half", "left-out"] as const;

/** One of the rules in `PARTIAL_ANSWER_RULES`. */
export type PartialAnswerRule = (typeof PARTIAL_ANSWER_RULES)[number];

/**
 * The rule used when none is chosen: a partial answer is not met, as compliance audits score it.
 *
 * @example
 * DEFAULT_PARTIAL_ANSWER_RULE; // => "not-met"
 */
export const DEFAULT_PARTIAL_ANSWER_RULE: PartialAnswerRule = "not-met";

/**
 * Each rule in words, for the task pane, the command line's help and the Assurance Summary.
 *
 * @example
 * PARTIAL_ANSWER_RULE_WORDS["left-out"]; // => "left out, like N/A"
 */
export const PARTIAL_ANSWER_RULE_WORDS: Readonly<Record<PartialAnswerRule, string>> = {
  "not-met": "counted as not met",
  half: "counted as half met",
  "left-out": "left out, like N/A",
};
