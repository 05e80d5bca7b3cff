/** Percentages run to 100; dividing by this turns 90 (%) into 0.9. */
const percentScale = 100;

/**
 * The target in the scores' own units: when every score lies within 0 to 1 (proportions) and the target
 * is above 1, the target was typed as a percentage, so 90 becomes 0.9. Otherwise the target is returned
 * unchanged. Results are then in the scores' units, whichever the user keeps.
 *
 * Never throws; with no scores the target is returned unchanged.
 *
 * @example
 * targetInScoreUnits(90, [0.8, 0.95, 1]); // => 0.9
 */
export function targetInScoreUnits(target: number, scores: ArrayLike<number>): number {
  if (!(target > 1) || scores.length === 0) return target;
  for (let i = 0; i < scores.length; i++) {
    if (!(scores[i] >= 0 && scores[i] <= 1)) return target;
  }
  return target / percentScale;
}
