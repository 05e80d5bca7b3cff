import { describeCell, excelErrorOf, parseDate, type CellValue, type ExcelSerialDate } from "../core/values";
import { ArgumentError } from "./ArgumentError";

/**
 * Reads one cell as an Excel serial date: a date cell, a serial number, or UK text such as "03/03/2026"
 * or "3 Mar 2026". Otherwise throws an ArgumentError (#VALUE!) such as
 * `CQC.TREND: dates, row 4: "next week" is not a date (use a date or dd/mm/yyyy)`; an empty position
 * (a single-cell argument) is left out of the message.
 */
export function readDateCell(
  value: CellValue,
  functionName: string,
  argumentName: string,
  position: string,
): ExcelSerialDate {
  const date = parseDate(value);
  if (date !== null) return date;
  const error = excelErrorOf(value);
  const problem =
    error !== null ? `the cell holds the error ${error}` : `${describeCell(value)} is not a date (use a date or dd/mm/yyyy)`;
  const where = position === "" ? argumentName : `${argumentName}, ${position}`;
  throw new ArgumentError("invalid-value", `${functionName}: ${where}: ${problem}`);
}
