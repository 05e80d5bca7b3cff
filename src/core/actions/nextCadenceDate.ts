import { dateToSerial, serialToDate, type ExcelSerialDate } from "../values";

const daysPerWeek = 7;
const daysPerFortnight = 14;
const monthsPerQuarter = 3;

function addMonths(serial: ExcelSerialDate, months: number): ExcelSerialDate {
  const date = serialToDate(Math.floor(serial));
  const day = date.getUTCDate();
  const firstOfTarget = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const daysInTarget = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  // 31/01 plus a month is 28/02 (or 29/02), as EDATE does.
  firstOfTarget.setUTCDate(Math.min(day, daysInTarget));
  return dateToSerial(firstOfTarget);
}

/**
 * The date one review cycle after `from`, for a cadence as users write it: "Fortnightly sampling"
 * (14 days), "Monthly review" (the same day next month, like Excel's EDATE), and also "weekly" and
 * "quarterly". Text it cannot read counts as fortnightly, the article's cadence during recovery.
 *
 * @example
 * nextCadenceDate(46084, "Fortnightly sampling"); // => 46098
 * nextCadenceDate(46053, "Monthly review"); // => 46081 (31/01/2026 to 28/02/2026)
 */
export function nextCadenceDate(from: ExcelSerialDate, cadence: string): ExcelSerialDate {
  const text = cadence.toLowerCase();
  if (text.includes("fortnight")) return Math.floor(from) + daysPerFortnight;
  if (text.includes("quarter")) return addMonths(from, monthsPerQuarter);
  if (text.includes("month")) return addMonths(from, 1);
  if (text.includes("week")) return Math.floor(from) + daysPerWeek;
  return Math.floor(from) + daysPerFortnight;
}
