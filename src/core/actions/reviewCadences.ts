/**
 * How often an action is reviewed, in the article's words: the quality lead samples fortnightly during
 * recovery; the registered manager (or provider oversight) reviews monthly.
 *
 * @example
 * REVIEW_CADENCES[0]; // => "Fortnightly sampling"
 */
export const REVIEW_CADENCES = ["Fortnightly sampling", "Monthly review"] as const;

/** One review cadence. */
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];
