import { describeCell, excelErrorOf, parseNumber, type CellValue } from "../core/values";
import { ArgumentError } from "./ArgumentError";

/**
 * Reads one cell of a scores range as a number ("87", "87%" and "1,234" included), or throws an
 * ArgumentError (#VALUE!) naming the function, argument and position. The caller has already
 * skipped blank and N/A cells.
 */
export function readScoreCell(value: CellValue, functionName: string, argumentName: string, position: string): number {
  const number = parseNumber(value);
  if (number !== null) return number;
  const error = excelErrorOf(value);
  const problem = error !== null ? `the cell holds the error ${error}` : `${describeCell(value)} is not a number`;
  throw new ArgumentError("invalid-value", `${functionName}: ${argumentName}, ${position}: ${problem}`);
}
