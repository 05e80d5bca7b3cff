import { StatsError } from "./errors";

// Wichura (1988), Algorithm AS 241 "The percentage points of the normal distribution", Applied
// Statistics 37(3):477-484, PPND16: rational approximations accurate to about 1 part in 10^16.
// Coefficients are listed constant term first, each written as the double nearest the published
// 20-digit value (what JavaScript would make of the long form anyway).
const centralNumerator = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946,
  45921.95393154987, 67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const centralDenominator = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597,
  39307.89580009271, 28729.085735721943, 5226.495278852854,
];
const intermediateNumerator = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045,
  1.2704582524523684, 0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
];
const intermediateDenominator = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008,
  0.015198666563616457, 0.0005475938084995345, 1.0507500716444169e-9,
];
const tailNumerator = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487,
  0.026532189526576124, 0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7,
];
const tailDenominator = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615,
  0.0007868691311456133, 0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15,
];

/** AS 241 switches from the central to the tail approximation when |p - 0.5| exceeds this. */
const centralHalfWidth = 0.425;
/** AS 241's split between the intermediate and far-tail approximations, on sqrt(-log(tail)). */
const farTailStart = 5;

function polynomial(coefficients: readonly number[], x: number): number {
  let value = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) value = value * x + coefficients[i];
  return value;
}

/**
 * The standard normal quantile: the z with probability `p` of a standard normal value falling below it
 * (Excel's NORM.S.INV), by Wichura's algorithm AS 241, accurate to about 16 significant figures.
 *
 * Throws a StatsError ("invalid-argument") unless 0 < p < 1.
 *
 * @example
 * normalQuantile(0.975); // => 1.9599639845400536
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    throw new StatsError("invalid-argument", `A probability must be between 0 and 1 (exclusive); got ${p}.`);
  }
  const q = p - 0.5;
  if (Math.abs(q) <= centralHalfWidth) {
    const r = 0.180625 - q * q;
    return (q * polynomial(centralNumerator, r)) / polynomial(centralDenominator, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value: number;
  if (r <= farTailStart) {
    r -= 1.6;
    value = polynomial(intermediateNumerator, r) / polynomial(intermediateDenominator, r);
  } else {
    r -= farTailStart;
    value = polynomial(tailNumerator, r) / polynomial(tailDenominator, r);
  }
  return q < 0 ? -value : value;
}
