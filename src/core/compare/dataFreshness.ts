import { dateToSerial, formatCount, formatUkDate, serialToDate, type ExcelSerialDate } from "../values";
import type { DataFreshness, PeriodLength } from "./types";

/** The as-of date may be this many periods after the latest data before the data is out of date. */
const periodsBeforeOutOfDate = 2;

const periodDays: Record<Exclude<PeriodLength, "month">, number> = { week: 7, fortnight: 14 };

function addMonths(date: ExcelSerialDate, months: number): ExcelSerialDate {
  const calendar = serialToDate(Math.floor(date));
  return dateToSerial(new Date(Date.UTC(calendar.getUTCFullYear(), calendar.getUTCMonth() + months, calendar.getUTCDate())));
}

/**
 * How current the data is: the date of the latest audit used, and whether the as-of date is more
 * than two periods after it (then every output says the data is out of date, so a summary prepared
 * months later never reads as today's position).
 *
 * @example
 * dataFreshness(46094, 46112, "week", true).outOfDate // => true (13/03/2026 is 18 days before 31/03/2026)
 */
export function dataFreshness(latestDataDate: ExcelSerialDate | null, asOf: ExcelSerialDate, period: PeriodLength, dated: boolean): DataFreshness {
  if (!dated || latestDataDate === null) {
    return { latestDataDate: null, outOfDate: false, sentence: "The periods carry no dates, so the date of the latest data is not known." };
  }
  const latest = Math.floor(latestDataDate);
  const today = Math.floor(asOf);
  const limit = period === "month" ? addMonths(latest, periodsBeforeOutOfDate) : latest + periodsBeforeOutOfDate * periodDays[period];
  const outOfDate = today > limit;
  const sentence = outOfDate
    ? `Data out of date: the latest data is from ${formatUkDate(latest)}, ${formatCount(today - latest, "day")} before the as-of date (${formatUkDate(today)}), more than two ${period}s; the statuses describe the position on ${formatUkDate(latest)}.`
    : `Latest data: ${formatUkDate(latest)}.`;
  return { latestDataDate: latest, outOfDate, sentence };
}
