import type { VariationOverTime } from "../compare/beneathTheScore";
import type { CellGrid } from "./cellGrid";
import type { LineChartSpec } from "./sheetModel";
import { SHEET_STYLES } from "./sheetStyles";

/**
 * Writes the gap between the best and the worst group, period by period, as a row under a series
 * block whose period headings are in `labelRow` (one column per period from column 2), then the
 * sentence that says whether the gap is narrowing ("Gap between locations narrowing from 25 to 3
 * points over 12 weeks ..."), and adds a line chart of the gap (placed later by the caller). Periods
 * with fewer than two groups are left empty. Returns the last row written. Pure apart from writing into
 * `grid` and `charts`.
 *
 * @example
 * // writeGapRow(grid, variation, periods, 20, 14, charts, "Location recovery") // => 22
 */
export function writeGapRow(
  grid: CellGrid,
  variation: VariationOverTime,
  periods: ReadonlyArray<{ start: number }>,
  startRow: number,
  labelRow: number,
  charts: LineChartSpec[],
  title: string,
): number {
  const gapRow = startRow;
  grid.set(gapRow, 1, "Gap, best to worst", SHEET_STYLES.bold);
  const byStart = new Map(variation.points.map((p) => [p.start, p.gap]));
  periods.forEach((p, offset) => grid.set(gapRow, offset + 2, byStart.get(p.start) ?? null, SHEET_STYLES.percent));
  const sentenceRow = gapRow + 1;
  grid.set(sentenceRow, 1, variation.sentence, { ...SHEET_STYLES.subtitle, wrap: false });
  if (variation.points.length >= 2 && periods.length > 0) {
    const lastColumn = periods.length + 1;
    charts.push({
      title: `Gap between ${variation.label.toLowerCase()}s: ${title}`,
      anchor: { top: 0, left: 0, bottom: 0, right: 0 },
      categories: { top: labelRow, left: 2, bottom: labelRow, right: lastColumn },
      series: [{ name: "Gap, best to worst", values: { top: gapRow, left: 2, bottom: gapRow, right: lastColumn } }],
      target: null,
      valueFormat: "0%",
    });
  }
  return sentenceRow;
}
