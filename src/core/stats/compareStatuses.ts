/**
 * What CQC.COMPARE says of a group against a target, judged on its 95% interval rather than its mean alone:
 * `Below target` when the whole interval is on the wrong side, `Meets target` when the whole interval
 * is on the right side (touching the target counts as meeting it), `Not yet clear` otherwise or when
 * there are too few records for an interval.
 *
 * @example
 * COMPARE_STATUSES[2]; // => "Not yet clear"
 */
export const COMPARE_STATUSES = ["Below target", "Meets target", "Not yet clear"] as const;

/** A group's standing against a target. */
export type CompareStatus = (typeof COMPARE_STATUSES)[number];
