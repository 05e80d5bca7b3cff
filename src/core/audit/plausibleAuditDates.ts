import { dateToSerial } from "../values";

/**
 * The dates an audit can plausibly carry, as Excel serials: 01/01/1990 to 31/12/2100. A date outside
 * them is a slip (a score typed into the date column reads as a day in 1900), and a number in a
 * header row is read as a date only inside them.
 *
 * @example
 * PLAUSIBLE_AUDIT_DATES.first; // => 32874
 * PLAUSIBLE_AUDIT_DATES.last; // => 73415
 */
export const PLAUSIBLE_AUDIT_DATES = {
  first: dateToSerial(new Date(Date.UTC(1990, 0, 1))),
  last: dateToSerial(new Date(Date.UTC(2100, 11, 31))),
} as const;
