import type { CellStyle } from "./sheetModel";
import { MDC_COLOURS, SHEET_STYLES } from "./sheetStyles";

/**
 * The cell style for a Making Data Count label: improvement and "Pass" blue, concern and "Fail" orange,
 * common cause and "Hit or Miss" grey, "Neither" purple; anything else plain.
 *
 * @example
 * mdcStyle("Improvement (High)").fill; // => "289DE0"
 * mdcStyle("Hit or Miss").fill; // => "D9D9D9"
 */
export function mdcStyle(label: string | null): CellStyle {
  const base = { bold: true, vertical: "top" } as const;
  if (label === null) return SHEET_STYLES.text;
  if (label.startsWith("Improvement") || label === "Pass") return { ...base, ...MDC_COLOURS.improvement };
  if (label.startsWith("Concern") || label === "Fail") return { ...base, ...MDC_COLOURS.concern };
  if (label.startsWith("Common Cause") || label === "Hit or Miss") return { ...base, ...MDC_COLOURS.commonCause };
  if (label.startsWith("Neither")) return { ...base, ...MDC_COLOURS.neither };
  return SHEET_STYLES.text;
}
