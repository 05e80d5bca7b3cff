/**
 * Differences smaller than this share of the numbers' size are rounding noise, not data: Excel shows 15
 * significant figures, and sums of thousands of decimals drift by about 1e-13 of their size.
 */
const relativeTolerance = 1e-10;

/**
 * The gap below which two numbers of the given sizes count as equal when comparing a point with a line
 * (the mean, a limit, a neighbour) or a target with a limit: a flat series of 0.78 is on its mean even
 * though the computed mean is 0.7800000000000001.
 *
 * Returns `1e-10 x` the largest magnitude given (0 when all are 0). Never throws.
 *
 * @example
 * nearlyEqualTolerance(0.78, 90); // => 9e-9
 */
export function nearlyEqualTolerance(...magnitudes: number[]): number {
  let largest = 0;
  for (const magnitude of magnitudes) {
    const size = Math.abs(magnitude);
    if (size > largest && Number.isFinite(size)) largest = size;
  }
  return relativeTolerance * largest;
}
