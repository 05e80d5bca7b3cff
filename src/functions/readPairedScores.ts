import type { CellValue } from "../core/values";
import { ArgumentError } from "./ArgumentError";
import { RangeCells } from "./RangeCells";
import { isSkippable } from "./isSkippable";
import { readScoreCell } from "./readScoreCell";

/** Scores read together with the matching cell of a second range (dates or groups). */
export interface PairedScores<T> {
  /** The scores of the pairs kept, in range order. */
  scores: Float64Array;
  /** The partner of each score. */
  partners: T[];
}

/**
 * How to read one partner cell; it throws an ArgumentError when the cell cannot be read, using
 * `positionOf(index)` for the words ("row 4"), which are only built for a message.
 */
export type PartnerReader<T> = (value: CellValue, index: number, positionOf: (index: number) => string) => T;

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
export function readPairedScores<T>(
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
