/** Width in pixels of one character of Excel's default font (Calibri 11), the unit of column widths. */
const maximumDigitWidthPixels = 7;
/** Excel pads every column with this many pixels of margin. */
const columnPaddingPixels = 5;
/** Points per pixel at the 96 DPI Excel assumes. */
const pointsPerPixel = 0.75;

/**
 * A column width in Excel's character units (as ExcelJS and the SheetModel give it) converted to the
 * points Office.js uses (`range.format.columnWidth`).
 *
 * @example
 * columnWidthInPoints(10); // => 56.25
 */
export function columnWidthInPoints(characters: number): number {
  return (characters * maximumDigitWidthPixels + columnPaddingPixels) * pointsPerPixel;
}
