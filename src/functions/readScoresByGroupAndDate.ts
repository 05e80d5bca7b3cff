import { parseDate, type ExcelSerialDate } from "../core/values";
import { ArgumentError } from "./ArgumentError";
import { GroupNames } from "./GroupNames";
import { RangeCells } from "./RangeCells";
import { isSkippable } from "./isSkippable";
import { readDateCell } from "./readDateCell";
import { readPairedScores } from "./readPairedScores";

/** Scores with the group and the date of each, in range order. */
export interface ScoresByGroupAndDate {
  scores: Float64Array;
  groups: string[];
  dates: ExcelSerialDate[];
}

/**
 * Reads scores, groups and dates ranges of one size, row by row, with the rules of readPairedScores
 * for blanks, zeros and N/A (a blank or 0 date skips the row, as a blank group does). Group names
 * that differ only in case or spacing are merged. Unreadable cells and ranges of different sizes
 * throw an ArgumentError (#VALUE!) naming the argument and position.
 */
export function readScoresByGroupAndDate(functionName: string, scores: unknown, groups: unknown, dates: unknown): ScoresByGroupAndDate {
  const names = new GroupNames(functionName);
  const paired = readPairedScores(functionName, scores, groups, "groups", (value, index, positionOf) => ({ group: names.read(value, index, positionOf), index }));
  const dateCells = RangeCells.from(dates);
  const scoreSize = RangeCells.from(scores).size;
  if (dateCells.size !== scoreSize) {
    throw new ArgumentError("invalid-value", `${functionName}: scores and dates must be the same size; scores is ${RangeCells.from(scores).describeShape()} and dates is ${dateCells.describeShape()}.`);
  }
  const kept: ScoresByGroupAndDate = { scores: new Float64Array(paired.scores.length), groups: [], dates: [] };
  let count = 0;
  paired.partners.forEach(({ group, index }, i) => {
    const cell = dateCells.cell(index);
    if (isSkippable(cell) || cell === 0) return;
    kept.scores[count++] = paired.scores[i];
    kept.groups.push(group);
    kept.dates.push(parseDate(cell) ?? readDateCell(cell, functionName, "dates", dateCells.position(index)));
  });
  kept.scores = kept.scores.subarray(0, count);
  return kept;
}
