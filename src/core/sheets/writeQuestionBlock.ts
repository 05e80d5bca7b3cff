import type { QuestionComparison } from "../compare/beneathTheScore";
import type { CellGrid } from "./cellGrid";
import type { ConditionalFormatSpec, ConditionalRule } from "./sheetModel";
import { SHEET_STYLES } from "./sheetStyles";

/**
 * Red for the worst cells, amber in the middle, green for the best: Excel's own three-colour scale
 * (F8696B, FFEB84, 63BE7B), reversed when lower is better.
 */
function worstCellsScale(direction: "up" | "down"): ConditionalRule {
  const [worst, middle, best] = ["F8696B", "FFEB84", "63BE7B"];
  const [low, high] = direction === "up" ? [worst, best] : [best, worst];
  return { kind: "colour-scale", points: [{ at: { type: "min" }, colour: low }, { at: { type: "percentile", value: 50 }, colour: middle }, { at: { type: "max" }, colour: high }] };
}

/**
 * Writes the question x group block of one dimension under its group table: a heading, one row per
 * question (or sub-score) with the service's rate and each group's, in the dimension's order (worst
 * group first), coloured by a three-colour scale so the worst cells stand out, then one line per group
 * whose shortfall the questions explain ("Team B: 78% overall; most of the gap is 'Risk updated' at
 * 41% against 93% for other teams."). A cell is empty where a group did not answer the question.
 * Returns the last row written. Pure apart from writing into `grid` and `formats`.
 *
 * @example
 * // writeQuestionBlock(grid, comparison, 40, formats, "up") // => 47 for 4 questions and 1 shortfall
 */
export function writeQuestionBlock(grid: CellGrid, comparison: QuestionComparison, startRow: number, formats: ConditionalFormatSpec[], direction: "up" | "down"): number {
  const groups = [...new Set(comparison.questions.flatMap((q) => q.groups.map((g) => g.group)))];
  const kind = comparison.measure === "pass-rate" ? "question" : "sub-score";
  grid.set(startRow, 1, `${comparison.label} by ${kind}: ${comparison.measure === "pass-rate" ? "Yes / (Yes + No)" : "mean score"}, the worst cells in red`, SHEET_STYLES.sectionHeading);
  const headerRow = startRow + 1;
  grid.setRow(headerRow, 1, [kind === "question" ? "Question" : "Sub-score", "Service", ...groups], SHEET_STYLES.header);
  let row = headerRow;
  for (const question of comparison.questions) {
    row += 1;
    grid.set(row, 1, question.question, SHEET_STYLES.bold);
    grid.set(row, 2, question.serviceMean, SHEET_STYLES.percent);
    const byGroup = new Map(question.groups.map((g) => [g.group, g.mean]));
    groups.forEach((group, offset) => grid.set(row, 3 + offset, byGroup.get(group) ?? null, SHEET_STYLES.percent));
  }
  if (comparison.questions.length > 0 && groups.length > 0) {
    formats.push({ range: { top: headerRow + 1, left: 3, bottom: row, right: 2 + groups.length }, rules: [worstCellsScale(direction)] });
  }
  for (const shortfall of comparison.shortfalls) {
    row += 1;
    grid.set(row, 1, `${shortfall.group}: ${shortfall.sentence}`, { ...SHEET_STYLES.text, wrap: false });
  }
  return row;
}
