import { linearRegression } from "simple-statistics";
import type { ExcelSerialDate } from "../values/types";
import { StatsError } from "./errors";

/** Serial dates count days; trends are reported per week. */
const daysPerWeek = 7;

/** A least-squares straight line through (date, value) points. */
export interface LinearTrend {
  /** How many points the line rests on. */
  n: number;
  /** Change in value per week (the values' units per 7 days): Excel's SLOPE(values, dates) x 7. */
  slopePerWeek: number;
  /** The line's value at serial date 0, as Excel's INTERCEPT(values, dates). */
  intercept: number;
  /** The latest date in the data. */
  latestDate: ExcelSerialDate;
  /** The line's value at the latest date, in the values' units. */
  fittedAtLatest: number;
}

/**
 * The least-squares trend of values over dates: slope per week and the line's value at the latest date.
 *
 * Dates are Excel serial dates (any order); values are in their own units. The slope is
 * simple-statistics' `linearRegression`, which takes its sums about the mean date and value, so that
 * serials near 46,000 lose no precision. Throws a StatsError:
 * "mismatched-lengths" when the lists differ in length; "insufficient-data" with fewer than 2 points or
 * when every date is the same; "invalid-argument" for a date or value that is not a finite number.
 *
 * @example
 * linearTrend([46084, 46091, 46098], [70, 72, 74]).slopePerWeek; // => 2
 */
export function linearTrend(dates: ArrayLike<ExcelSerialDate>, values: ArrayLike<number>): LinearTrend {
  const n = dates.length;
  if (values.length !== n) {
    throw new StatsError(
      "mismatched-lengths",
      `A trend needs one date for each value; got ${n} dates and ${values.length} values.`,
    );
  }
  if (n < 2) throw new StatsError("insufficient-data", `A trend needs at least 2 values; got ${n}.`);
  let dateSum = 0;
  let valueSum = 0;
  let latestDate = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(dates[i])) {
      throw new StatsError("invalid-argument", `Date ${i + 1} is not a finite number (${dates[i]}).`);
    }
    if (!Number.isFinite(values[i])) {
      throw new StatsError("invalid-argument", `Value ${i + 1} is not a finite number (${values[i]}).`);
    }
    dateSum += dates[i];
    valueSum += values[i];
    if (dates[i] > latestDate) latestDate = dates[i];
  }
  const meanDate = dateSum / n;
  const meanValue = valueSum / n;
  let sameDate = true;
  for (let i = 1; i < n && sameDate; i++) sameDate = dates[i] === dates[0];
  if (sameDate) {
    throw new StatsError("insufficient-data", "A trend needs values on at least 2 different dates; every date is the same.");
  }
  const points: [number, number][] = [];
  for (let i = 0; i < n; i++) points.push([dates[i], values[i]]);
  const slopePerDay = linearRegression(points).m;
  return {
    n,
    slopePerWeek: slopePerDay * daysPerWeek,
    intercept: meanValue - slopePerDay * meanDate,
    latestDate,
    fittedAtLatest: meanValue + slopePerDay * (latestDate - meanDate),
  };
}
