/**
 * Excel's "Text" number format: a cell with it keeps what is typed as text, even "=SUM(A1)".
 *
 * @example
 * TEXT_NUMBER_FORMAT; // => "@"
 */
export const TEXT_NUMBER_FORMAT = "@";
