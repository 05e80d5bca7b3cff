/**
 * Making Data Count's assurance icons: whether the process, as it runs now, will reliably meet a target.
 * `Pass`: it consistently meets it; `Fail`: it consistently misses it; `Hit or Miss`: sometimes each.
 *
 * @example
 * ASSURANCE_LABELS[1]; // => "Hit or Miss"
 */
export const ASSURANCE_LABELS = ["Pass", "Hit or Miss", "Fail"] as const;

/** One Making Data Count assurance label. */
export type AssuranceLabel = (typeof ASSURANCE_LABELS)[number];
