import type { ExcelSerialDate } from "./types";

/**
 * Whether a date falls after the whole day `day`: a day serial may carry a time of day, so
 * everything on `day` itself (up to 23:59) is on or before it, and everything from the next
 * midnight on is after it. Used for the review (as-of) date: records on the review day are analysed,
 * records from the day after are not.
 *
 * @example
 * [isAfterDay(46112.99, 46112), isAfterDay(46113, 46112), isAfterDay(46113, 46112.5)]; // => [false, true, true]
 */
export function isAfterDay(date: ExcelSerialDate, day: ExcelSerialDate): boolean {
  return date >= Math.floor(day) + 1;
}
