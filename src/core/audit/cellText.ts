import { excelErrorOf, formatUkDate, parseDate, type CellValue } from "../values";

/**
 * A cell as plain text, the way a header or a group name reads: text trimmed with every run of
 * whitespace (line breaks typed with Alt+Enter, tabs, non-breaking spaces) read as one space, numbers
 * as written, dates as "dd/mm/yyyy", TRUE/FALSE, an error's code, and "" for blanks and anything else.
 * It is where headers are read, so every message, sheet and JSON names a column the same way. Never throws.
 *
 * @example
 * cellText("  Team A "); // => "Team A"
 * cellText("Body map\ncompleted?"); // => "Body map completed?"
 * cellText(3); // => "3"
 * cellText(new Date(Date.UTC(2026, 0, 5))); // => "05/01/2026"
 */
export function cellText(v: CellValue): string {
  // JavaScript's \s covers line breaks and Unicode spaces, the non-breaking space among them.
  if (typeof v === "string") return v.trim().replace(/\s+/g, " ");
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) {
    const serial = parseDate(v);
    return serial === null ? "" : formatUkDate(serial);
  }
  if (v !== null && typeof v === "object") return excelErrorOf(v) ?? "";
  return "";
}
