import { StatsError } from "./errors";
import { normalQuantile } from "./normalQuantile";
import type { Proportion } from "../values/types";

/**
 * The two-sided standard normal multiplier for a confidence level: 1.959964 for 95%, 3.090232 for 99.8%
 * (Excel's NORM.S.INV(1 - (1 - confidence) / 2)).
 *
 * `confidence` is a proportion strictly between 0 and 1; anything else throws a StatsError
 * ("invalid-argument").
 *
 * @example
 * zForConfidence(0.95); // => 1.9599639845400536
 */
export function zForConfidence(confidence: Proportion): number {
  if (!(confidence > 0 && confidence < 1)) {
    throw new StatsError(
      "invalid-argument",
      `The confidence level must be a proportion between 0 and 1, such as 0.95; got ${confidence}.`,
    );
  }
  return normalQuantile(1 - (1 - confidence) / 2);
}
