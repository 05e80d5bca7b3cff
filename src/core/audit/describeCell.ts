import { excelErrorOf, formatUkDate, parseDate, type CellValue } from "../values";

/** Long text is cut so that a message stays readable. */
const longestQuotedText = 40;

/**
 * A cell's value as a quality lead would read it in a message: text in quotes (cut at 40 characters),
 * numbers and dates as Excel shows them, TRUE/FALSE, the error code, or "a blank cell". Never throws.
 *
 * @example
 * describeCell("Yes?"); // => '"Yes?"'
 * describeCell(new Date(Date.UTC(2026, 0, 5))); // => "05/01/2026"
 * describeCell({ error: "#N/A" }); // => "#N/A"
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
    if (error !== null) return error;
    return text.length > longestQuotedText ? `"${text.slice(0, longestQuotedText)}…"` : `"${text}"`;
  }
  if (typeof v === "object") return excelErrorOf(v) ?? "a value that is not text, a number or a date";
  return "a value that is not text, a number or a date";
}
