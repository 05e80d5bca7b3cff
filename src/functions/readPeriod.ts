import { PERIOD_LENGTHS, type PeriodLength } from "../core/compare/types";
import { ArgumentError } from "./ArgumentError";

/** Reads the optional period argument: blank for the analysis's own choice, else week, fortnight or month. */
export function readPeriod(value: unknown, functionName: string): PeriodLength | undefined {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return undefined;
  const word = typeof value === "string" ? value.trim().toLowerCase().replace(/ly$/, "") : "";
  const period = (PERIOD_LENGTHS as readonly string[]).find((p) => p === word || `${p}s` === word);
  if (period !== undefined) return period as PeriodLength;
  throw new ArgumentError("invalid-value", `${functionName}: period must be "week", "fortnight" or "month"; got ${JSON.stringify(value)}.`);
}
