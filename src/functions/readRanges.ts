// The readers of range arguments (scores, with the groups or dates beside them; answers), row by row.
// Blank, "" and N/A cells are skipped; how a 0 is read is decided per range below.
import { describeCell, excelErrorOf, isBlank, isNotApplicable, parseDate, parseFraction, parseNumber, parseYesNo, type CellValue, type ExcelSerialDate, type YesNoAnswer } from "../core/values";
import { ArgumentError } from "./ArgumentError";
import { GroupNames } from "./GroupNames";
import { RangeCells } from "./RangeCells";
import { readDateCell } from "./readArguments";

/**
 * Whether a cell is left out of a calculation: blank (null, undefined, "" or spaces) or marked not
 * applicable ("N/A", "n/a", "Not applicable" ...). A 0 is not skippable here; see readPairedScores for
 * how a 0 beside a blank partner is treated.
 */
function isSkippable(value: CellValue): boolean {
  return isBlank(value) || isNotApplicable(value);
}

/**
 * Reads one cell of a scores range as a number ("87", "87%" and "1,234" included), or throws an
 * ArgumentError (#VALUE!) naming the function, argument and position. The caller has already
 * skipped blank and N/A cells.
 */
function readScoreCell(value: CellValue, functionName: string, argumentName: string, position: string): number {
  const number = parseNumber(value);
  if (number !== null) return number;
  const error = excelErrorOf(value);
  const problem = error !== null ? `the cell holds the error ${error}` : `${describeCell(value)} is not a number`;
  throw new ArgumentError("invalid-value", `${functionName}: ${argumentName}, ${position}: ${problem}`);
}

/** The numbers read from one range, with the index of the cell each came from. */
interface ReadValues {
  /** The numbers, in range order (row by row). */
  values: number[];
  /** For each number, the index of its cell in the flattened range. */
  cellIndexes: number[];
  /** The range as read. */
  range: RangeCells;
}

/**
 * Reads a single range of numbers, row by row. Blank, "" and N/A cells are skipped; a 0 is a value,
 * because on its own a range cannot tell a genuine 0 from an empty cell that a host passed as 0
 * (reference only filled cells, or a table column, on such hosts). Text that is not a number throws
 * an ArgumentError (#VALUE!).
 */
export function readValues(range: unknown, functionName: string, argumentName: string): ReadValues {
  const cells = RangeCells.from(range);
  const values: number[] = [];
  const cellIndexes: number[] = [];
  for (let i = 0; i < cells.size; i++) {
    const cell = cells.cell(i);
    if (isSkippable(cell)) continue;
    values.push(typeof cell === "number" && Number.isFinite(cell) ? cell : readScoreCell(cell, functionName, argumentName, cells.position(i)));
    cellIndexes.push(i);
  }
  return { values, cellIndexes, range: cells };
}

/** Scores read together with the matching cell of a second range (dates or groups). */
interface PairedScores<T> {
  /** The scores of the pairs kept, in range order. */
  scores: Float64Array;
  /** The partner of each score. */
  partners: T[];
}

/**
 * How to read one partner cell; it throws an ArgumentError when the cell cannot be read, using
 * `positionOf(index)` for the words ("row 4"), which are only built for a message.
 */
type PartnerReader<T> = (value: CellValue, index: number, positionOf: (index: number) => string) => T;

/**
 * Reads a scores range and a partner range of the same size, pair by pair (row by row).
 *
 * The rules for empty cells, which hosts pass as null, "" or 0:
 * - a blank, "" or N/A cell on either side skips the pair, without checking the other cell;
 * - a 0 in the partner range (dates, groups) is read as an empty cell, since no real date or group is 0,
 *   so the pair is skipped; this is also how a 0 score beside an empty partner is skipped;
 * - a 0 score beside a valid partner is a genuine 0.
 * Text that cannot be read throws an ArgumentError (#VALUE!) naming the argument and position;
 * ranges of different sizes throw one too.
 */
function readPairedScores<T>(
  functionName: string,
  scoresRange: unknown,
  partnerRange: unknown,
  partnerName: string,
  readPartner: PartnerReader<T>,
): PairedScores<T> {
  const scoreCells = RangeCells.from(scoresRange);
  const partnerCells = RangeCells.from(partnerRange);
  if (scoreCells.size !== partnerCells.size) {
    throw new ArgumentError(
      "invalid-value",
      `${functionName}: scores and ${partnerName} must be the same size; scores is ${scoreCells.describeShape()} and ${partnerName} is ${partnerCells.describeShape()}.`,
    );
  }
  // Filled in place and trimmed at the end: growing arrays by push is several times slower at 100,000 rows.
  const scores = new Float64Array(scoreCells.size);
  const partners = new Array<T>(scoreCells.size);
  let kept = 0;
  const positionOf = (index: number): string => partnerCells.position(index);
  for (let i = 0; i < scoreCells.size; i++) {
    const score = scoreCells.cell(i);
    const partner = partnerCells.cell(i);
    if (isSkippable(score) || isSkippable(partner) || partner === 0) continue;
    scores[kept] =
      typeof score === "number" && Number.isFinite(score)
        ? score
        : readScoreCell(score, functionName, "scores", scoreCells.position(i));
    partners[kept] = readPartner(partner, i, positionOf);
    kept++;
  }
  partners.length = kept;
  return { scores: scores.subarray(0, kept), partners };
}

/**
 * Reads paired scores and groups ranges (see readPairedScores for blanks, zeros and N/A), merging group
 * names that differ only in case or spacing.
 */
export function readScoresByGroup(functionName: string, scores: unknown, groups: unknown): PairedScores<string> {
  const names = new GroupNames(functionName);
  return readPairedScores(functionName, scores, groups, "groups", (value, index, positionOf) => names.read(value, index, positionOf));
}

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

/** Scores with the group and the date of each, in range order. */
interface ScoresByGroupAndDate {
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

/**
 * Reads a range of audit answers: Yes/No, Y/N, Pass/Fail, Met/Not met, Compliant/Non-compliant,
 * TRUE/FALSE, 1/0, ticks and crosses, N/A spellings, and counts such as "7/8" or "7 of 8". Blank and ""
 * cells are skipped. A 0 counts as No: a host that passes empty cells as 0 makes them indistinguishable,
 * so on such hosts answer with Yes/No text or reference only filled cells. Anything else throws an
 * ArgumentError (#VALUE!) naming the position.
 */
export function readAnswers(range: unknown, functionName: string, argumentName: string): (YesNoAnswer | { passed: number; checked: number })[] {
  const cells = RangeCells.from(range);
  const answers: (YesNoAnswer | { passed: number; checked: number })[] = [];
  for (let i = 0; i < cells.size; i++) {
    const cell = cells.cell(i);
    if (isBlank(cell)) continue;
    const answer = parseYesNo(cell) ?? parseFraction(cell);
    if (answer !== null) {
      answers.push(answer);
      continue;
    }
    const error = excelErrorOf(cell);
    const problem =
      error !== null
        ? `the cell holds the error ${error}`
        : `${describeCell(cell)} is not an answer (use Yes, No or N/A, or a count such as 7/8)`;
    throw new ArgumentError("invalid-value", `${functionName}: ${argumentName}, ${cells.position(i)}: ${problem}`);
  }
  return answers;
}
