/**
 * The four Making Data Count special-cause rules, in their order of precedence when one point breaks
 * several (NHSRplotthedots): a point outside the process limits, a run of seven rising or falling points,
 * two of three points beyond a two-sigma line, and a run of seven points on one side of the mean.
 *
 * @example
 * SPECIAL_CAUSE_RULES[0]; // => "astronomical"
 */
export const SPECIAL_CAUSE_RULES = ["astronomical", "trend", "two-of-three", "shift"] as const;

/** One special-cause rule. */
export type SpecialCauseRule = (typeof SPECIAL_CAUSE_RULES)[number];
