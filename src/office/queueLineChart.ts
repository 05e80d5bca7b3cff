import { rangeAddress } from "../core/sheets/rangeAddress";
import type { CellRange, LineChartSpec } from "../core/sheets/sheetModel";
import type { WorksheetApi } from "./excelApi";

/**
 * The add-in's charts carry this prefix (the prefix of all its defined names), so that a refresh in
 * place replaces its own charts and never a chart the user drew.
 */
export const ADDIN_CHART_PREFIX = "CQCRecovery_chart_";

/** The target line: Making Data Count draws it as a plain dashed line, apart from the data. */
const targetLineColour = "#595959";

/**
 * Queues a line chart: one series per group over the period labels, the target as a dashed line,
 * placed over the anchor cells (ExcelApi 1.7; the axis number format 1.8).
 */
export function queueLineChart(sheet: WorksheetApi, spec: LineChartSpec, index = 0): void {
  const [first, ...others] = spec.series;
  if (first === undefined) return;
  const range = (cells: CellRange) => sheet.getRange(rangeAddress(cells));
  const categories = range(spec.categories);
  const chart = sheet.charts.add("Line", range(first.values), "Rows");
  chart.name = `${ADDIN_CHART_PREFIX}${index + 1}`;
  chart.title.text = spec.title;
  chart.legend.position = "Bottom";
  chart.axes.valueAxis.numberFormat = spec.valueFormat;
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(categories);
  for (const series of others) {
    const added = chart.series.add(series.name);
    added.setValues(range(series.values));
    added.setXAxisValues(categories);
  }
  if (spec.target !== null) {
    const target = chart.series.add(spec.target.name);
    target.setValues(range(spec.target.values));
    target.setXAxisValues(categories);
    target.format.line.color = targetLineColour;
    target.format.line.lineStyle = "Dash";
  }
  const anchor = spec.anchor;
  // Ranges of the chart's own sheet, never bare addresses (see the table step in sheetModelSteps).
  chart.setPosition(
    range({ top: anchor.top, left: anchor.left, bottom: anchor.top, right: anchor.left }),
    range({ top: anchor.bottom, left: anchor.right, bottom: anchor.bottom, right: anchor.right }),
  );
}
