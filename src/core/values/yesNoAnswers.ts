/**
 * The readings of an audit answer: a pass, a fail, or not applicable.
 *
 * @example
 * YES_NO_ANSWERS.includes("na"); // => true
 */
export const YES_NO_ANSWERS = ["yes", "no", "na"] as const;

/** One reading of an audit answer. */
export type YesNoAnswer = (typeof YES_NO_ANSWERS)[number];
