import type { YesNoAnswer } from "../core/values";
import { describeCell, excelErrorOf, isBlank, parseFraction, parseYesNo } from "../core/values";
import { ArgumentError } from "./ArgumentError";
import { RangeCells } from "./RangeCells";

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
