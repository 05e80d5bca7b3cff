import { excelErrorOf } from "./excelErrorOf";
import { formatUkDate } from "./formatUkDate";
import { parseDate } from "./parseDate";
import type { CellValue } from "./types";

/** Long text is cut so that a message stays readable. */
const longestQuotedText = 40;

/**
 * A cell's value as a quality lead would read it in a message, the one wording for the audit reader
 * and the custom functions alike: text in quotes (trimmed, cut at 40 characters), numbers and dates
 * as Excel shows them, TRUE/FALSE, "the error #N/A", or "a blank cell". Never throws.
 *
 * @example
 * describeCell("Yes?"); // => '"Yes?"'
 * describeCell(new Date(Date.UTC(2026, 0, 5))); // => "05/01/2026"
 * describeCell({ error: "#N/A" }); // => "the error #N/A"
 */
export function describeCell(v: CellValue): string {
  if (v === null || v === undefined) return "a blank cell";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "a number Excel cannot hold";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) {
    const serial = parseDate(v);
    return serial === null ? "an invalid date" : formatUkDate(serial);
  }
  if (typeof v === "string") {
    const text = v.trim();
    if (text === "") return "a blank cell";
    const error = excelErrorOf(text);
    if (error !== null) return `the error ${error}`;
    return text.length > longestQuotedText ? `"${text.slice(0, longestQuotedText)}…"` : `"${text}"`;
  }
  const error = excelErrorOf(v);
  return error === null ? "a value that is not text, a number or a date" : `the error ${error}`;
}
