/**
 * An Excel error value as ExcelJS returns it (`{ error: "#N/A" }`).
 *
 * @example
 * const cell: CellError = { error: "#DIV/0!" };
 */
export interface CellError {
  /** The Excel error code, such as "#N/A" or "#VALUE!". */
  error: string;
}

/**
 * One cell's value as the hosts hand it to us: Office.js gives numbers, strings, booleans and error
 * strings ("#N/A"); ExcelJS also gives Date objects and `{ error }` objects; blanks arrive as
 * null, undefined, "" or (on some hosts) 0.
 *
 * @example
 * const cells: CellValue[] = [87, "87%", true, new Date(Date.UTC(2026, 2, 3)), null, { error: "#N/A" }];
 */
export type CellValue = string | number | boolean | Date | null | undefined | CellError;

/**
 * A date as Excel stores it: days since 30 December 1899, with the time of day as the fractional part
 * (46084 is 3 March 2026; 46084.5 is noon that day).
 *
 * @example
 * const thirdOfMarch2026: ExcelSerialDate = 46084;
 */
export type ExcelSerialDate = number;

/**
 * A share between 0 and 1 (0.87 is 87%).
 *
 * @example
 * const passRate: Proportion = 0.875; // 7 of 8
 */
export type Proportion = number;
