import { isBlank, isNotApplicable, type CellValue } from "../core/values";

/**
 * Whether a cell is left out of a calculation: blank (null, undefined, "" or spaces) or marked not
 * applicable ("N/A", "n/a", "Not applicable" ...). A 0 is not skippable here; see readPairedScores for
 * how a 0 beside a blank partner is treated.
 */
export function isSkippable(value: CellValue): boolean {
  return isBlank(value) || isNotApplicable(value);
}
