import { serialToDate, dateToSerial, type ExcelSerialDate } from "../values";
import type { PeriodLength } from "./types";

/** Excel serial 2 is Monday 01/01/1900: weeks start on Monday, as rotas and audit weeks do. */
const aMondaySerial = 2;
const daysPerWeek = 7;

/** The Monday on or before `date`. */
export function weekStart(date: ExcelSerialDate): ExcelSerialDate {
  const day = Math.floor(date);
  return day - ((((day - aMondaySerial) % daysPerWeek) + daysPerWeek) % daysPerWeek);
}

/**
 * The first day of the period holding `date`: the Monday of its week, the Monday starting its
 * fortnight (fortnights counted from `anchor`, the first audit's week), or the 1st of its month.
 *
 * @example
 * periodStart(46084, "week", 46027) // => 46083 (Tue 03/03/2026 is in the week from Mon 02/03/2026)
 */
export function periodStart(date: ExcelSerialDate, length: PeriodLength, anchor: ExcelSerialDate): ExcelSerialDate {
  if (length === "month") {
    const calendar = serialToDate(Math.floor(date));
    return dateToSerial(new Date(Date.UTC(calendar.getUTCFullYear(), calendar.getUTCMonth(), 1)));
  }
  const monday = weekStart(date);
  if (length === "week") return monday;
  const anchorMonday = weekStart(anchor);
  const weeksSinceAnchor = Math.floor((monday - anchorMonday) / daysPerWeek);
  return monday - (((weeksSinceAnchor % 2) + 2) % 2) * daysPerWeek;
}
