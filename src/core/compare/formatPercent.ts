/**
 * A proportion as users read it in reasons and summaries: whole percentages ("78%"), or one decimal
 * place when `decimals` is 1.
 *
 * @example
 * formatPercent(0.7812) // => "78%"
 */
export function formatPercent(proportion: number, decimals = 0): string {
  if (!Number.isFinite(proportion)) return "n/a";
  return `${(proportion * 100).toFixed(decimals)}%`;
}

/**
 * A change in proportion per week as percentage points ("1.2 points").
 *
 * @example
 * formatPoints(0.012) // => "1.2 points"
 */
export function formatPoints(proportion: number): string {
  const points = Math.abs(proportion * 100);
  return `${points.toFixed(1)} point${points.toFixed(1) === "1.0" ? "" : "s"}`;
}
