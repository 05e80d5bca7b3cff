import type { CellValue } from "../core/values";
import { ArgumentError } from "./ArgumentError";
import { readNumberArgument } from "./readNumberArgument";

/** Reads a required count (successes, trials): a whole number of 0 or more, or an ArgumentError (#VALUE!). */
export function readWholeNumberArgument(value: CellValue, functionName: string, argumentName: string): number {
  const number = readNumberArgument(value, functionName, argumentName) as number;
  if (Number.isInteger(number) && number >= 0) return number;
  throw new ArgumentError("invalid-value", `${functionName}: ${argumentName}: ${number} is not a whole number of 0 or more.`);
}
