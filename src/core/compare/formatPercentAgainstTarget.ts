import { formatPercent } from "./formatPercent";

/** Decimal places tried in turn until a value no longer reads as its target. */
const mostDecimals = 2;

/**
 * A proportion as users read it beside a target: whole percentages, but one decimal place (two if
 * needed) when rounding would make a value that is not the target read as the target ("89.6%", not
 * "90%", against a 90% target). A value equal to the target reads as the target does.
 *
 * @example
 * formatPercentAgainstTarget(0.896, 0.9) // => "89.6%"
 * formatPercentAgainstTarget(0.78, 0.9) // => "78%"
 */
export function formatPercentAgainstTarget(proportion: number, target: number): string {
  if (!Number.isFinite(proportion) || !Number.isFinite(target)) return formatPercent(proportion);
  const targetDecimals = Math.round(target * 100) === target * 100 ? 0 : 1;
  // Equal within floating-point noise (0.9 from 27 of 30 is 0.8999999999999999): the target's own text.
  if (Math.abs(proportion - target) < 1e-9) return formatPercent(target, targetDecimals);
  for (let decimals = 0; decimals < mostDecimals; decimals++) {
    const text = formatPercent(proportion, decimals);
    if (text !== formatPercent(target, decimals) && text !== formatPercent(target, targetDecimals)) return text;
  }
  return formatPercent(proportion, mostDecimals);
}

/**
 * Two proportions compared in one sentence, with as many decimal places as it takes (up to two) for
 * two different values not to read alike ("89.8% against 90.1%", not "90% against 90%").
 *
 * @example
 * formatPercentPair(0.898, 0.901) // => ["89.8%", "90.1%"]
 * formatPercentPair(0.41, 0.93) // => ["41%", "93%"]
 */
export function formatPercentPair(first: number, second: number): [string, string] {
  for (let decimals = 0; decimals < mostDecimals; decimals++) {
    const pair: [string, string] = [formatPercent(first, decimals), formatPercent(second, decimals)];
    if (pair[0] !== pair[1] || Math.abs(first - second) < 1e-9) return pair;
  }
  return [formatPercent(first, mostDecimals), formatPercent(second, mostDecimals)];
}
