import { isBlank, type CellValue, type ExcelSerialDate } from "../core/values";
import { ArgumentError } from "./ArgumentError";
import { readDateCell } from "./readDateCell";

/** Reads a required single-date argument (a deadline): a date, a serial number or dd/mm/yyyy text. */
export function readDateArgument(value: CellValue, functionName: string, argumentName: string): ExcelSerialDate {
  if (value === null || value === undefined || isBlank(value)) {
    throw new ArgumentError("invalid-value", `${functionName}: ${argumentName} is missing.`);
  }
  return readDateCell(value, functionName, argumentName, "");
}
