import type { CellValue } from "./types";

// Plain digits or digits grouped in threes by commas or single spaces ("1,234", "1 234"), an optional
// decimal part, an optional exponent (Excel reads "1E3" as 1000), and an optional trailing percent sign.
const numericText =
  /^([+-]?)(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)?(\.\d+)?(?:[eE]([+-]?\d+))?\s*(%)?$/;

/** Excel reads "87%" as 0.87. */
const percentDivisor = 100;

/**
 * The number a cell holds, reading numbers stored as text the way Excel does, or null.
 *
 * Finite numbers are returned as they are. Text is trimmed and may carry a sign, thousands
 * separators (commas or spaces in groups of three), a decimal point, an exponent and a trailing
 * percent sign ("87%" gives 0.87, as Excel reads it). Booleans, dates, errors, blanks and any other
 * text give null. Never throws.
 *
 * @example
 * parseNumber(" 1,234.5 "); // => 1234.5
 * parseNumber("87%"); // => 0.87
 * parseNumber("87 points"); // => null
 */
export function parseNumber(v: CellValue): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  const match = numericText.exec(v.trim());
  if (match === null) return null;
  const [, sign, integerPart, fractionPart, exponent, percent] = match;
  if (integerPart === undefined && fractionPart === undefined) return null;
  const text = `${sign}${(integerPart ?? "0").replace(/[, ]/g, "")}${fractionPart ?? ""}${
    exponent === undefined ? "" : `e${exponent}`
  }`;
  const value = Number(text);
  if (!Number.isFinite(value)) return null;
  const result = percent === undefined ? value : value / percentDivisor;
  return Object.is(result, -0) ? 0 : result;
}
