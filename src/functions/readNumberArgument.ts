import { describeCell, isBlank, parseNumber, type CellValue } from "../core/values";
import { ArgumentError } from "./ArgumentError";

/**
 * Reads a single-number argument (a target, a count), accepting numbers stored as text ("90", "90%").
 * Returns null when the argument is missing or blank and `optional` is true; otherwise a missing or
 * unreadable argument throws an ArgumentError (#VALUE!).
 */
export function readNumberArgument(
  value: CellValue,
  functionName: string,
  argumentName: string,
  optional = false,
): number | null {
  if (value === null || value === undefined || isBlank(value)) {
    if (optional) return null;
    throw new ArgumentError("invalid-value", `${functionName}: ${argumentName} is missing.`);
  }
  const number = parseNumber(value);
  if (number !== null) return number;
  throw new ArgumentError("invalid-value", `${functionName}: ${argumentName}: ${describeCell(value)} is not a number.`);
}
