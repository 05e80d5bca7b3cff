import { PERIOD_LENGTHS, type PeriodLength } from "../core/compare/types";
import { describeCell, isBlank, type CellValue } from "../core/values";
import { ArgumentError } from "./ArgumentError";

/** Reads the optional period argument: blank for the analysis's own choice, else week, fortnight or month. */
export function readPeriod(value: CellValue, functionName: string): PeriodLength | undefined {
  if (isBlank(value)) return undefined;
  const word = typeof value === "string" ? value.trim().toLowerCase().replace(/ly$/, "") : "";
  const period = (PERIOD_LENGTHS as readonly string[]).find((p) => p === word || `${p}s` === word);
  if (period !== undefined) return period as PeriodLength;
  throw new ArgumentError("invalid-value", `${functionName}: period: ${describeCell(value)} is not a period; use "week", "fortnight" or "month".`);
}
