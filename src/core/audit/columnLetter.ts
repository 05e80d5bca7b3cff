/** Letters in the spreadsheet alphabet A-Z. */
const lettersInAlphabet = 26;

/**
 * The spreadsheet letters of a 1-based column number, as Excel names columns (1 is "A", 27 is "AA").
 * Returns "" for anything that is not a whole number of 1 or more.
 *
 * @example
 * columnLetter(7); // => "G"
 * columnLetter(28); // => "AB"
 */
export function columnLetter(columnNumber: number): string {
  if (!Number.isSafeInteger(columnNumber) || columnNumber < 1) return "";
  let remaining = columnNumber;
  let letters = "";
  while (remaining > 0) {
    const offset = (remaining - 1) % lettersInAlphabet;
    letters = String.fromCharCode(65 + offset) + letters;
    remaining = Math.floor((remaining - 1) / lettersInAlphabet);
  }
  return letters;
}
