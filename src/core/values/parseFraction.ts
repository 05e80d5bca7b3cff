import type { CellValue } from "./types";

/**
 * The shape of a count written as text: whole numbers either side of "/", "of" or "out of", anchored
 * so that "7/8/2026" is not one. A text of this shape that parseFraction refuses ("9/8", "0/0") is a
 * count that cannot be a share, which a message can say.
 *
 * @example
 * FRACTION_TEXT.test("9 of 8"); // => true
 */
export const FRACTION_TEXT = /^(\d+)\s*(?:\/|of|out of)\s*(\d+)$/i;

/**
 * Reads a "passed of checked" count such as "7/8", "7 / 8", "7 of 8" or "7 out of 8", or null.
 *
 * Both counts must be whole numbers, with at least one record checked and no more passed than checked.
 * Dates written with slashes ("7/8/2026"), numbers and anything else give null. Never throws.
 *
 * @example
 * parseFraction("7 of 8"); // => { passed: 7, checked: 8 }
 * parseFraction("9/8"); // => null
 */
export function parseFraction(v: CellValue): { passed: number; checked: number } | null {
  if (typeof v !== "string") return null;
  const match = FRACTION_TEXT.exec(v.trim());
  if (match === null) return null;
  const passed = Number(match[1]);
  const checked = Number(match[2]);
  if (!Number.isSafeInteger(passed) || !Number.isSafeInteger(checked)) return null;
  if (checked <= 0 || passed > checked) return null;
  return { passed, checked };
}
