// Built-in number formats that show dates or times (ECMA-376 Part 1, 18.8.30): 14-22 and 45-47, plus
// 27-36 and 50-58, which East Asian versions of Excel use for their local date forms.
const builtInDateFormats = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a number format shows a date or time, so a number stored with it is a date: a built-in
 * date format id, or a format code whose first section holds d, m, y, h or s outside quoted text,
 * escaped characters and [colour] or [$-locale] brackets ("dd/mm/yyyy", "[$-809]d mmm yy", "[h]:mm").
 *
 * @example
 * isDateFormat(14, null); // => true
 * isDateFormat(164, "0.0%"); // => false
 * isDateFormat(165, 'dd/mm/yyyy;@'); // => true
 */
export function isDateFormat(numFmtId: number, formatCode: string | null): boolean {
  if (formatCode === null) return builtInDateFormats.has(numFmtId);
  const firstSection = formatCode
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?:h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_.|\*./g, "")
    .split(";")[0];
  if (/general/i.test(firstSection)) return false;
  return /[dmyhs]/i.test(firstSection);
}
