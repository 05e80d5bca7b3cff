/**
 * The two SPC conventions this add-in can follow (NHS England Making Data Count "SPC charts SQL query"):
 * `MDC` (the default) matches NHS England's Making Data Count tools: no moving-range screening,
 * two-of-three counts points beyond the process limit, a target exactly on a limit decides assurance.
 * `PLOTTHEDOTS` matches the R package NHSRplotthedots: moving ranges screened, two-of-three counts only
 * points between the two-sigma line and the limit, a target exactly on a limit is "Hit or Miss".
 *
 * @example
 * SPC_METHODS[0]; // => "MDC"
 */
export const SPC_METHODS = ["MDC", "PLOTTHEDOTS"] as const;

/** One of the SPC conventions. */
export type SpcMethod = (typeof SPC_METHODS)[number];
