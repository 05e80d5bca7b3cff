import type { SpcMethod } from "../core/stats";
import { describeCell, isBlank, type CellValue } from "../core/values";
import { ArgumentError } from "./ArgumentError";

/**
 * Reads the optional SPC method argument: "MDC" (the default, also when blank) or "PLOTTHEDOTS",
 * ignoring case and spaces ("Plot the dots"). Anything else throws an ArgumentError (#VALUE!).
 */
export function readMethod(value: CellValue, functionName: string): SpcMethod {
  if (value === null || value === undefined || isBlank(value)) return "MDC";
  const word = typeof value === "string" ? value.replace(/[\s_-]+/g, "").toUpperCase() : "";
  if (word === "MDC" || word === "MAKINGDATACOUNT") return "MDC";
  if (word === "PLOTTHEDOTS" || word === "NHSRPLOTTHEDOTS") return "PLOTTHEDOTS";
  throw new ArgumentError(
    "invalid-value",
    `${functionName}: method: ${describeCell(value)} is not a method; use "MDC" or "PLOTTHEDOTS".`,
  );
}
