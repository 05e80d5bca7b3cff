import type { Direction } from "./direction";
import type { VariationLabel } from "./variationLabels";

/**
 * The Making Data Count label for a special-cause signal on the `side` ("high" or "low") of a measure
 * whose better direction is `direction`; null side means common cause.
 *
 * For `up`, high is improvement and low is concern; `down` mirrors; `neither` is neutral. Never throws.
 *
 * @example
 * variationLabelFor("low", "down"); // => "Improvement (Low)"
 */
export function variationLabelFor(side: "high" | "low" | null, direction: Direction): VariationLabel {
  if (side === null) return "Common Cause";
  if (direction === "neither") return side === "high" ? "Neither (High)" : "Neither (Low)";
  const improvement = (side === "high") === (direction === "up");
  if (side === "high") return improvement ? "Improvement (High)" : "Concern (High)";
  return improvement ? "Improvement (Low)" : "Concern (Low)";
}
