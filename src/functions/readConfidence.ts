import type { CellValue, Proportion } from "../core/values";
import { ArgumentError } from "./ArgumentError";
import { readNumberArgument } from "./readNumberArgument";

/** A confidence typed as 95 means 95%. */
const percentScale = 100;

/**
 * Reads the optional confidence argument as a proportion: 0.95 by default, 0.998 or "99.8%" as given,
 * and a number between 1 and 100 read as a percentage (95 means 0.95). Anything else throws an
 * ArgumentError (#VALUE!).
 */
export function readConfidence(value: CellValue, functionName: string): Proportion {
  const number = readNumberArgument(value, functionName, "confidence", true);
  if (number === null) return 0.95;
  const proportion = number > 1 && number < percentScale ? number / percentScale : number;
  if (proportion > 0 && proportion < 1) return proportion;
  throw new ArgumentError(
    "invalid-value",
    `${functionName}: confidence: ${number} is not a confidence level; use a value such as 0.95 or 95%.`,
  );
}
