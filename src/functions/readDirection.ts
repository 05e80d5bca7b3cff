import type { Direction } from "../core/stats";
import { describeCell, isBlank, type CellValue } from "../core/values";
import { ArgumentError } from "./ArgumentError";

// Words quality leads use for each direction, lower-cased.
const directionByWord: ReadonlyMap<string, Direction> = new Map([
  ["up", "up"],
  ["higher", "up"],
  ["increase", "up"],
  ["higher is better", "up"],
  ["down", "down"],
  ["lower", "down"],
  ["decrease", "down"],
  ["lower is better", "down"],
  ["neither", "neither"],
  ["neutral", "neither"],
  ["none", "neither"],
]);

/**
 * Reads the optional direction argument: "up" (the default, also when blank), "down" or "neither",
 * ignoring case; "higher"/"lower"/"neutral" are understood too. Anything else throws an ArgumentError
 * (#VALUE!).
 */
export function readDirection(value: CellValue, functionName: string): Direction {
  if (value === null || value === undefined || isBlank(value)) return "up";
  const direction = typeof value === "string" ? directionByWord.get(value.trim().toLowerCase().replace(/\s+/g, " ")) : undefined;
  if (direction !== undefined) return direction;
  throw new ArgumentError(
    "invalid-value",
    `${functionName}: direction: ${describeCell(value)} is not a direction; use "up" (higher is better), "down" or "neither".`,
  );
}
