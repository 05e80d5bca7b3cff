import { parseDate, parseNumber, parseYesNo, type CellValue } from "../values";
import { cellText } from "./cellText";
import { parsePeriodHeader } from "./parsePeriodHeader";

/** Text longer than this is a title sentence or a note, not a column header (as in `findHeaderRow`). */
const longestLabelLength = 60;

/**
 * Whether a cell reads as a column header or a label over columns: short text that is not a value
 * (a number, an answer such as Yes or N/A, a date) nor a week or month. Never throws.
 *
 * @example
 * isHeaderLabel("Care plan"); // => true
 * isHeaderLabel("Yes"); // => false
 * isHeaderLabel(0.9); // => false
 */
export function isHeaderLabel(v: CellValue): boolean {
  if (typeof v !== "string") return false;
  const text = cellText(v);
  return text !== "" && text.length <= longestLabelLength && parseNumber(text) === null && parseYesNo(text) === null
    && parseDate(text) === null && parsePeriodHeader(text) === null;
}
