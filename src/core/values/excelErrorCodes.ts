/**
 * Every error code Excel can show in a cell, spelled as Office.js passes them to custom functions.
 *
 * @example
 * EXCEL_ERROR_CODES.includes("#N/A"); // => true
 */
export const EXCEL_ERROR_CODES = [
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#BUSY!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
] as const;

/** One of Excel's error codes. */
export type ExcelErrorCode = (typeof EXCEL_ERROR_CODES)[number];
