import { StatsError } from "./errors";
import { regularizedIncompleteBeta } from "./regularizedIncompleteBeta";

/**
 * The probability that a Student t value with `degreesOfFreedom` exceeds `t` (Excel's T.DIST.RT).
 *
 * Computed from the regularised incomplete beta function, which keeps full relative accuracy far in
 * the tail. Degrees of freedom may be fractional. Throws a StatsError ("invalid-argument") unless the
 * degrees of freedom are positive and t is a number.
 *
 * @example
 * studentTUpperTail(0, 5); // => 0.5
 */
export function studentTUpperTail(t: number, degreesOfFreedom: number): number {
  if (!(degreesOfFreedom > 0) || Number.isNaN(t)) {
    throw new StatsError(
      "invalid-argument",
      `The t distribution needs positive degrees of freedom; got ${degreesOfFreedom} (t = ${t}).`,
    );
  }
  if (t === Number.POSITIVE_INFINITY) return 0;
  if (t === Number.NEGATIVE_INFINITY) return 1;
  const x = degreesOfFreedom / (degreesOfFreedom + t * t);
  const tail = 0.5 * regularizedIncompleteBeta(x, degreesOfFreedom / 2, 0.5);
  return t >= 0 ? tail : 1 - tail;
}
