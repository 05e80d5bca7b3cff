import { formatUkDate, parseDate, type CellValue, type ExcelSerialDate } from "../values";
import { PLAUSIBLE_AUDIT_DATES } from "./plausibleAuditDates";

/** A week's or month's column heading in a wide tracker. */
export interface PeriodHeading {
  /** The first day the heading names, or null when it names no date ("Wk 1", "Q2"). */
  date: ExcelSerialDate | null;
  /** The heading as the sheet shows it ("w/c 05/01/2026", "Jan-26"); dates as "dd/mm/yyyy". */
  label: string;
}

// "w/c 05/01/2026", "WC 5 Jan 2026", "Week commencing 05/01/2026", "wk beg. 5/1/26".
const weekStartPrefix =
  /^(?:w\s*\/\s*c|w\s*\/\s*b|w\.\s*c\.?|w\.\s*b\.?|wc|wb|wk\.?\s*(?:comm|commencing|beg|beginning)\.?|week\s+(?:commencing|beginning|starting|ending|of))\s*:?\s*(.+)$/i;
// "Wk 1", "Week 12", "W3", "Month 2", "P4", "Q1", "Q1 2026", "Fortnight 3".
const numberedPeriod =
  /^(?:wk|week|w|month|mth|m|period|p|fortnight|f|quarter|q)\s*\.?\s*\d{1,2}(?:\s*[-/ ]\s*(?:\d{2}|\d{4}))?$/i;
const monthName = /^(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\.?$/i;

function plausibleDay(serial: number | null): ExcelSerialDate | null {
  if (serial === null || serial < PLAUSIBLE_AUDIT_DATES.first || serial > PLAUSIBLE_AUDIT_DATES.last + 1) return null;
  return Math.floor(serial);
}

/**
 * Reads a column heading as a week or month of a wide tracker, or null when it is not one.
 *
 * Accepts real dates (Date objects, or serial numbers between 1990 and 2100 as Office.js passes a date
 * cell), "w/c 05/01/2026" and other week-commencing forms, any date text `parseDate` reads ("05/01/2026",
 * "Jan-26", "January 2026"), numbered periods ("Wk 1", "Week 12", "P4", "Q1 2026") and bare month
 * names ("January"). Numbered periods and month names have no date. Never throws.
 *
 * @example
 * parsePeriodHeader("w/c 05/01/2026"); // => { date: 46027, label: "w/c 05/01/2026" }
 * parsePeriodHeader("Wk 1"); // => { date: null, label: "Wk 1" }
 * parsePeriodHeader("Team"); // => null
 */
export function parsePeriodHeader(cell: CellValue): PeriodHeading | null {
  if (typeof cell === "number" || cell instanceof Date) {
    const date = plausibleDay(parseDate(cell));
    return date === null ? null : { date, label: formatUkDate(date) };
  }
  if (typeof cell !== "string") return null;
  const text = cell.trim();
  if (text === "") return null;
  const weekStart = weekStartPrefix.exec(text);
  if (weekStart !== null) return { date: plausibleDay(parseDate(weekStart[1])), label: text };
  if (numberedPeriod.test(text) || monthName.test(text)) return { date: null, label: text };
  const date = plausibleDay(parseDate(text));
  return date === null ? null : { date, label: text };
}
