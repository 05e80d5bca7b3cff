// The readers of single-value arguments (a target, a count, a date, a direction, a method, a period,
// a confidence): each accepts what a quality lead would type, or throws an ArgumentError (#VALUE!)
// naming the function, the argument and the cell as core/values describeCell words it.
import { PERIOD_LENGTHS, type PeriodLength } from "../core/compare/types";
import type { Direction, SpcMethod } from "../core/stats";
import { describeCell, excelErrorOf, isBlank, parseDate, parseNumber, type CellValue, type ExcelSerialDate, type Proportion } from "../core/values";
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
  if (isBlank(value)) {
    if (optional) return null;
    throw new ArgumentError("invalid-value", `${functionName}: ${argumentName} is missing.`);
  }
  const number = parseNumber(value);
  if (number !== null) return number;
  throw new ArgumentError("invalid-value", `${functionName}: ${argumentName}: ${describeCell(value)} is not a number.`);
}

/** Reads a required count (successes, trials): a whole number of 0 or more, or an ArgumentError (#VALUE!). */
export function readWholeNumberArgument(value: CellValue, functionName: string, argumentName: string): number {
  const number = readNumberArgument(value, functionName, argumentName) as number;
  if (Number.isInteger(number) && number >= 0) return number;
  throw new ArgumentError("invalid-value", `${functionName}: ${argumentName}: ${number} is not a whole number of 0 or more.`);
}

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

/**
 * Reads one cell as an Excel serial date: a date cell, a serial number, or UK text such as "03/03/2026"
 * or "3 Mar 2026". Otherwise throws an ArgumentError (#VALUE!) such as
 * `CQC.TREND: dates, row 4: "next week" is not a date (use a date or dd/mm/yyyy)`; an empty position
 * (a single-cell argument) is left out of the message.
 */
export function readDateCell(
  value: CellValue,
  functionName: string,
  argumentName: string,
  position: string,
): ExcelSerialDate {
  const date = parseDate(value);
  if (date !== null) return date;
  const error = excelErrorOf(value);
  const problem =
    error !== null ? `the cell holds the error ${error}` : `${describeCell(value)} is not a date (use a date or dd/mm/yyyy)`;
  const where = position === "" ? argumentName : `${argumentName}, ${position}`;
  throw new ArgumentError("invalid-value", `${functionName}: ${where}: ${problem}`);
}

/** Reads a required single-date argument (a deadline): a date, a serial number or dd/mm/yyyy text. */
export function readDateArgument(value: CellValue, functionName: string, argumentName: string): ExcelSerialDate {
  if (isBlank(value)) {
    throw new ArgumentError("invalid-value", `${functionName}: ${argumentName} is missing.`);
  }
  return readDateCell(value, functionName, argumentName, "");
}

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
  if (isBlank(value)) return "up";
  const direction = typeof value === "string" ? directionByWord.get(value.trim().toLowerCase().replace(/\s+/g, " ")) : undefined;
  if (direction !== undefined) return direction;
  throw new ArgumentError(
    "invalid-value",
    `${functionName}: direction: ${describeCell(value)} is not a direction; use "up" (higher is better), "down" or "neither".`,
  );
}

/**
 * Reads the optional SPC method argument: "MDC" (the default, also when blank) or "PLOTTHEDOTS",
 * ignoring case and spaces ("Plot the dots"). Anything else throws an ArgumentError (#VALUE!).
 */
export function readMethod(value: CellValue, functionName: string): SpcMethod {
  if (isBlank(value)) return "MDC";
  const word = typeof value === "string" ? value.replace(/[\s_-]+/g, "").toUpperCase() : "";
  if (word === "MDC" || word === "MAKINGDATACOUNT") return "MDC";
  if (word === "PLOTTHEDOTS" || word === "NHSRPLOTTHEDOTS") return "PLOTTHEDOTS";
  throw new ArgumentError(
    "invalid-value",
    `${functionName}: method: ${describeCell(value)} is not a method; use "MDC" or "PLOTTHEDOTS".`,
  );
}

/** Reads the optional period argument: blank for the analysis's own choice, else week, fortnight or month. */
export function readPeriod(value: CellValue, functionName: string): PeriodLength | undefined {
  if (isBlank(value)) return undefined;
  const word = typeof value === "string" ? value.trim().toLowerCase().replace(/ly$/, "") : "";
  const period = (PERIOD_LENGTHS as readonly string[]).find((p) => p === word || `${p}s` === word);
  if (period !== undefined) return period as PeriodLength;
  throw new ArgumentError("invalid-value", `${functionName}: period: ${describeCell(value)} is not a period; use "week", "fortnight" or "month".`);
}
