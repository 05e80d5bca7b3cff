import { dateToSerial } from "./dateToSerial";
import { EXCEL_DATE_LIMITS } from "./excelDateLimits";
import type { CellValue, ExcelSerialDate } from "./types";

/** Excel's default for two-digit years: 00-29 are 2000-2029 and 30-99 are 1930-1999. */
const twoDigitYearCutoff = 30;

/** Excel's 1900 date system starts on 1 January 1900. */
const firstYear = 1900;

const monthByName: ReadonlyMap<string, number> = new Map([
  ["jan", 1], ["january", 1],
  ["feb", 2], ["february", 2],
  ["mar", 3], ["march", 3],
  ["apr", 4], ["april", 4],
  ["may", 5],
  ["jun", 6], ["june", 6],
  ["jul", 7], ["july", 7],
  ["aug", 8], ["august", 8],
  ["sep", 9], ["sept", 9], ["september", 9],
  ["oct", 10], ["october", 10],
  ["nov", 11], ["november", 11],
  ["dec", 12], ["december", 12],
]);

const time = String.raw`(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?`;
const weekday = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;

// 2026-03-03, optionally with a time and a trailing Z.
const isoDate = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})${time}Z?$`, "i");
// 03/03/2026, 3/3/26, 03-03-2026, 03.03.2026: day first, the same separator twice.
const numericDate = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})${time}$`);
// 3 Mar 2026, 3rd March 2026, 3-Mar-2026, 03-Mar-26, Tue 3 March 2026.
const dayMonthNameYear = new RegExp(
  String.raw`^${weekday}(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{4}|\d{2})${time}$`,
  "i",
);
// Mar-26, Mar 2026, March 2026: the first of the month.
const monthNameYear = /^([a-z]+)\.?[\s-]+(\d{4}|\d{2})$/i;

function fullYear(yearText: string): number {
  const year = Number(yearText);
  if (yearText.length !== 2) return year;
  return year < twoDigitYearCutoff ? 2000 + year : 1900 + year;
}

function serialOf(
  year: number,
  month: number,
  day: number,
  hours = "0",
  minutes = "0",
  seconds = "0",
): ExcelSerialDate | null {
  const h = Number(hours);
  const m = Number(minutes);
  const s = Number(seconds);
  if (h > 23 || m > 59 || s > 59) return null;
  if (year < firstYear || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day, h, m, s));
  // Date.UTC maps years 0-99 to 1900-1999; years below 1900 were rejected above, so this only guards
  // against rolled-over days such as 31/02.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return withinExcelRange(dateToSerial(date));
}

function withinExcelRange(serial: number): ExcelSerialDate | null {
  if (!Number.isFinite(serial)) return null;
  if (serial < EXCEL_DATE_LIMITS.firstSerial || serial >= EXCEL_DATE_LIMITS.lastSerial + 1) return null;
  return serial;
}

function parseDateText(text: string): ExcelSerialDate | null {
  let match = isoDate.exec(text);
  if (match !== null) {
    return serialOf(Number(match[1]), Number(match[2]), Number(match[3]), match[4], match[5], match[6]);
  }
  match = numericDate.exec(text);
  if (match !== null) {
    return serialOf(fullYear(match[4]), Number(match[3]), Number(match[1]), match[5], match[6], match[7]);
  }
  match = dayMonthNameYear.exec(text);
  if (match !== null) {
    const month = monthByName.get(match[2].toLowerCase());
    if (month === undefined) return null;
    return serialOf(fullYear(match[3]), month, Number(match[1]), match[4], match[5], match[6]);
  }
  match = monthNameYear.exec(text);
  if (match !== null) {
    const month = monthByName.get(match[1].toLowerCase());
    if (month === undefined) return null;
    return serialOf(fullYear(match[2]), month, 1);
  }
  return null;
}

/**
 * Reads a cell as an Excel serial date (days since 30/12/1899, time as the fraction), or null.
 *
 * Accepts Excel serial numbers from 1 (01/01/1900) to 2958465 (31/12/9999); Date objects, read by their
 * UTC day and time as ExcelJS returns them; and text, always day first as in the UK: "dd/mm/yyyy",
 * "d/m/yy", "dd-mm-yyyy", "dd.mm.yyyy", "3 Mar 2026", "3rd March 2026", "3-Mar-2026", "03-Mar-26",
 * ISO "2026-03-03" (with an optional time), and month forms "Mar-26", "Mar 2026", "March 2026", which
 * give the first of the month. Two-digit years follow Excel: 00-29 are 2000s, 30-99 are 1900s.
 * Impossible dates ("31/02/2026"), numbers stored as text, booleans and other text give null.
 * Never throws.
 *
 * @example
 * parseDate("03/03/2026"); // => 46084
 * parseDate("Mar-26"); // => 46082
 * parseDate("31/02/2026"); // => null
 */
export function parseDate(v: CellValue): ExcelSerialDate | null {
  if (typeof v === "number") return withinExcelRange(v);
  if (v instanceof Date) {
    const ms = v.getTime();
    return Number.isNaN(ms) ? null : withinExcelRange(dateToSerial(v));
  }
  if (typeof v !== "string") return null;
  return parseDateText(v.trim());
}
