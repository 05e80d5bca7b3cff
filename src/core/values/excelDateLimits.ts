import type { ExcelSerialDate } from "./types";

/**
 * The range of dates Excel can hold, as serial numbers, and the arithmetic that links serials to
 * JavaScript time.
 *
 * @example
 * EXCEL_DATE_LIMITS.lastSerial; // => 2958465
 */
export const EXCEL_DATE_LIMITS = {
  /** 1 January 1900 in Excel's 1900 date system; nothing earlier is a date in Excel. */
  firstSerial: 1 as ExcelSerialDate,
  /** 31 December 9999, the last day Excel can show. */
  lastSerial: 2958465 as ExcelSerialDate,
  /**
   * Serial 0 is 30 December 1899 rather than 31 December because Excel keeps Lotus 1-2-3's fictitious
   * 29 February 1900; counting from the 30th makes every serial from 61 (1 March 1900) exact.
   */
  epochMs: Date.UTC(1899, 11, 30),
  /** Milliseconds in a day; serials ignore leap seconds and daylight saving, like UTC. */
  msPerDay: 86_400_000,
} as const;
