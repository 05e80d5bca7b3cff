import { formatUkDate } from "../values";
import type { TrackerValue } from "./types";

/**
 * A tracker value as trimmed text: dates as dd/mm/yyyy, numbers as written, "" for empty.
 *
 * @example
 * trackerText({ serialDate: 46084 }); // => "03/03/2026"
 * trackerText("  In progress "); // => "In progress"
 */
export function trackerText(value: TrackerValue): string {
  if (value === null) return "";
  if (typeof value === "object") return formatUkDate(value.serialDate);
  return String(value).trim();
}
