import { ArgumentError } from "./ArgumentError";

/**
 * Throws an ArgumentError (#N/A) when fewer than `minimum` usable items remain, in the form
 * "CQC.SPC needs at least 2 values; found 1 (blank and N/A cells are skipped)."
 */
export function requireCount(count: number, minimum: number, functionName: string, items: string): void {
  if (count >= minimum) return;
  throw new ArgumentError(
    "not-available",
    `${functionName} needs at least ${minimum} ${items}; found ${count} (blank and N/A cells are skipped).`,
  );
}
