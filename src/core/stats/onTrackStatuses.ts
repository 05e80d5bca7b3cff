/**
 * Whether a trend will meet a target by a deadline: already `Met`, `On track` to meet it in time, or
 * `Off track` (too slow, flat, or moving away).
 *
 * @example
 * ON_TRACK_STATUSES[1]; // => "On track"
 */
export const ON_TRACK_STATUSES = ["Met", "On track", "Off track"] as const;

/** Whether a trend will meet a target by a deadline. */
export type OnTrackStatus = (typeof ON_TRACK_STATUSES)[number];
