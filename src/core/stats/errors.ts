/**
 * The closed list of reasons a statistic can refuse to give an answer.
 *
 * - `insufficient-data`: too few values to compute the statistic honestly.
 * - `invalid-argument`: an argument is outside its allowed range (a confidence of 1.5, a negative count).
 * - `mismatched-lengths`: paired lists (scores and dates, scores and groups) differ in length.
 * - `flat-trend`: the trend is flat or moving away from the target, so it never reaches it.
 *
 * @example
 * STATS_ERROR_CODES.includes("flat-trend"); // => true
 */
export const STATS_ERROR_CODES = ["insufficient-data", "invalid-argument", "mismatched-lengths", "flat-trend"] as const;

/** One reason a statistic refused to give an answer. */
export type StatsErrorCode = (typeof STATS_ERROR_CODES)[number];

/**
 * The error every statistic in `src/core/stats` throws: a code from `STATS_ERROR_CODES` and a message
 * in plain English that a quality lead can read ("XmR limits need at least 2 values; got 1.").
 *
 * Adapters translate it once, at their boundary (see src/functions/toCustomFunctionsError.ts).
 *
 * @example
 * new StatsError("insufficient-data", "XmR limits need at least 2 values; got 1.").code; // => "insufficient-data"
 */
export class StatsError extends Error {
  /** Why the statistic refused. */
  readonly code: StatsErrorCode;

  constructor(code: StatsErrorCode, message: string) {
    super(message);
    this.name = "StatsError";
    this.code = code;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
