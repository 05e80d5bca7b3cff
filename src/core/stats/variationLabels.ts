/**
 * The labels Making Data Count gives a point, and its variation icon (the label of the last point).
 * "High" and "Low" say on which side the signal lies; improvement or concern depends on the direction.
 *
 * @example
 * VARIATION_LABELS[0]; // => "Common Cause"
 */
export const VARIATION_LABELS = [
  "Common Cause",
  "Improvement (High)",
  "Improvement (Low)",
  "Concern (High)",
  "Concern (Low)",
  "Neither (High)",
  "Neither (Low)",
] as const;

/** The Making Data Count label of one point. */
export type VariationLabel = (typeof VARIATION_LABELS)[number];
