import { parseDate, type ExcelSerialDate } from "../core/values";
import { readDateCell } from "./readDateCell";
import { readPairedScores, type PairedScores } from "./readPairedScores";

/** Reads paired scores and dates ranges (see readPairedScores for blanks, zeros and N/A). */
export function readScoresByDate(functionName: string, scores: unknown, dates: unknown): PairedScores<ExcelSerialDate> {
  return readPairedScores(
    functionName,
    scores,
    dates,
    "dates",
    (value, index, positionOf) => parseDate(value) ?? readDateCell(value, functionName, "dates", positionOf(index)),
  );
}
