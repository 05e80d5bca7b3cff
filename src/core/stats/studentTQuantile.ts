import { StatsError } from "./errors";
import { logGamma } from "./logGamma";
import { normalQuantile } from "./normalQuantile";
import { studentTUpperTail } from "./studentTUpperTail";

/** Newton steps stop when a step changes t by less than this relative amount. */
const newtonTolerance = 1e-13;
/** Newton converges in three to six steps from the Cornish-Fisher start; a guard only. */
const maxNewtonSteps = 100;

// Cornish-Fisher expansion of the t quantile about the normal one (Abramowitz & Stegun 26.7.5):
// a starting point within a few parts in a thousand for three or more degrees of freedom.
function cornishFisherStart(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z2 + 1) * z / 4;
  const g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
  const g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
  const g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

/**
 * The Student t quantile: the t with probability `p` of a t value (with `degreesOfFreedom`) falling
 * below it (Excel's T.INV; T.INV.2T(alpha, df) is studentTQuantile(1 - alpha / 2, df)).
 *
 * Exact closed forms for 1 and 2 degrees of freedom; otherwise Newton's method on the exact upper tail
 * (via the incomplete beta function) from a Cornish-Fisher start, to about 13 significant figures.
 * Degrees of freedom may be fractional. Throws a StatsError ("invalid-argument") unless 0 < p < 1 and
 * the degrees of freedom are positive.
 *
 * @example
 * studentTQuantile(0.975, 5); // => 2.570581835636315 (t tables: 2.5706)
 */
export function studentTQuantile(p: number, degreesOfFreedom: number): number {
  if (!(p > 0 && p < 1)) {
    throw new StatsError("invalid-argument", `A probability must be between 0 and 1 (exclusive); got ${p}.`);
  }
  if (!(degreesOfFreedom > 0) || !Number.isFinite(degreesOfFreedom)) {
    throw new StatsError("invalid-argument", `Degrees of freedom must be a positive number; got ${degreesOfFreedom}.`);
  }
  if (p === 0.5) return 0;
  // Work in the upper half, where the tail probability is small and exact, and mirror at the end.
  const upperTail = p > 0.5 ? 1 - p : p;
  const sign = p > 0.5 ? 1 : -1;
  const df = degreesOfFreedom;
  if (df === 1) return sign * Math.tan(Math.PI * (0.5 - upperTail));
  if (df === 2) {
    const lowerTail = 1 - upperTail;
    return sign * ((2 * lowerTail - 1) / Math.sqrt(2 * lowerTail * upperTail));
  }
  const logDensityConstant =
    logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  let t = Math.max(cornishFisherStart(normalQuantile(1 - upperTail), df), Number.MIN_VALUE);
  // Bracket kept so that a wild Newton step falls back to bisection.
  let low = 0;
  let high = Number.POSITIVE_INFINITY;
  for (let step = 0; step < maxNewtonSteps; step++) {
    const excess = studentTUpperTail(t, df) - upperTail;
    if (excess > 0) low = t;
    else high = t;
    const density = Math.exp(logDensityConstant - ((df + 1) / 2) * Math.log1p((t * t) / df));
    let next = t + excess / density;
    if (!(next > low && next < high)) next = Number.isFinite(high) ? (low + high) / 2 : 2 * t;
    const done = Math.abs(next - t) <= newtonTolerance * Math.abs(next);
    t = next;
    if (done) break;
  }
  return sign * t;
}
