/**
 * Which way is better for a measure: `up` (higher is better, the default), `down` (lower is better, as for
 * falls or missed doses) or `neither` (no better side, as for a bed count).
 *
 * @example
 * DIRECTIONS[0]; // => "up"
 */
export const DIRECTIONS = ["up", "down", "neither"] as const;

/** Which way is better for a measure. */
export type Direction = (typeof DIRECTIONS)[number];
