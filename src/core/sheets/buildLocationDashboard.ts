import { dimensionLabel } from "../compare/dimensionLabel";
import { GROUP_STATUS_LABELS, type AnalysisResult, type DimensionResult, type PeriodPoint, type SpcSummary, type WorkbookAnalysis } from "../compare/types";
import { formatUkDate } from "../values";
import { addinMarker } from "./addinMarker";
import { CellGrid } from "./cellGrid";
import { DEFAULT_SHEET_NAMES } from "./defaultSheetNames";
import { mdcStyle } from "./mdcStyle";
import { periodColumns } from "./periodColumns";
import type { CellRange, ChartSpcLines, ConditionalFormatSpec, LineChartSpec, SheetModel } from "./sheetModel";
import { SHEET_STYLES } from "./sheetStyles";
import { statusRules } from "./statusRules";
import { writeGapRow } from "./writeGapRow";

const headings = ["Group", "Records", "Latest period", "Latest", "Mean", "Variation", "Assurance", "Trend (points a week)", "On track", "Weeks to target", "Status"] as const;
const at = Object.fromEntries(headings.map((h, i) => [h, i + 1])) as Record<(typeof headings)[number], number>;
const widths = [24, 15, 16, 15, 15, 24, 15, 15, 15, 15, 20];
const seriesWidth = 15;
const percentagePoints = 100;
/** Trends within this many points a week either way count as flat (the middle arrow). */
const flatTrendPoints = 0.1;
const chartRows = 15;
const chartColumns = 8;
const red = "F8696B";
const amber = "FFEB84";
const green = "63BE7B";
const dataBarBlue = "5B9BD5";

function chosenDimension(result: AnalysisResult, wanted: string): DimensionResult | undefined {
  return result.dimensions.find((d) => d.dimension === wanted && d.groups.length > 0);
}

function writeBlock(grid: CellGrid, result: AnalysisResult, dimension: DimensionResult, startRow: number, formats: ConditionalFormatSpec[], charts: LineChartSpec[]): number {
  const { target, direction } = result.settings;
  grid.set(startRow, 1, `${result.title}: by ${dimension.label.toLowerCase()}`, SHEET_STYLES.sectionHeading);
  // Every output states how current its data is (and says when it is out of date), beside the heading.
  if (result.freshness !== undefined) grid.set(startRow, at.Variation, result.freshness.sentence, result.freshness.outOfDate ? SHEET_STYLES.warning : SHEET_STYLES.subtitle);
  const headerRow = startRow + 1;
  grid.setRow(headerRow, 1, headings, SHEET_STYLES.header);
  let row = headerRow;
  for (const group of dimension.groups) {
    row += 1;
    const variation = group.spc === null ? null : `${group.spc.variation}${group.spc.provisional ? " (provisional)" : ""}`;
    grid.set(row, at.Group, group.name, SHEET_STYLES.bold);
    grid.set(row, at.Records, group.records, SHEET_STYLES.count);
    grid.set(row, at["Latest period"], group.latest?.label ?? null, SHEET_STYLES.text);
    grid.set(row, at.Latest, group.latest?.value ?? null, SHEET_STYLES.boldPercent);
    grid.set(row, at.Mean, group.mean, SHEET_STYLES.percent);
    grid.set(row, at.Variation, variation, mdcStyle(variation));
    grid.set(row, at.Assurance, group.spc?.assurance ?? null, mdcStyle(group.spc?.assurance ?? null));
    grid.set(row, at["Trend (points a week)"], group.trendPerWeek === null ? null : group.trendPerWeek * percentagePoints, SHEET_STYLES.points);
    grid.set(row, at["On track"], group.onTrack, SHEET_STYLES.text);
    grid.set(row, at["Weeks to target"], group.weeksToTarget, SHEET_STYLES.weeks);
    grid.set(row, at.Status, GROUP_STATUS_LABELS[group.status], SHEET_STYLES.bold);
  }
  const firstGroupRow = headerRow + 1;
  const lastGroupRow = row;
  formats.push({ range: { top: firstGroupRow, left: at.Latest, bottom: lastGroupRow, right: at.Latest }, rules: [{ kind: "data-bar", colour: dataBarBlue, min: { type: "number", value: 0 }, max: { type: "number", value: 1 } }] });
  formats.push({
    range: { top: firstGroupRow, left: at["Trend (points a week)"], bottom: lastGroupRow, right: at["Trend (points a week)"] },
    rules: [{ kind: "icon-set", iconSet: "3Arrows", thresholds: [{ type: "number", value: -flatTrendPoints }, { type: "number", value: flatTrendPoints }], reverse: direction === "down", showValue: true }],
  });
  formats.push({ range: { top: firstGroupRow, left: at.Status, bottom: lastGroupRow, right: at.Status }, rules: statusRules() });

  // The series block: one row per group, a target row, and the charts that draw them.
  const periods = periodColumns(dimension.groups);
  if (periods.length === 0) return row;
  row += 2;
  grid.set(row, 1, `Period by period (target ${Math.round(target * percentagePoints)}%)`, SHEET_STYLES.sectionHeading);
  row += 1;
  const labelRow = row;
  grid.setRow(labelRow, 1, ["Period", ...periods.map((p) => p.label)], SHEET_STYLES.header);
  const lastColumn = periods.length + 1;
  const seriesRows: { name: string; row: number; spc: ChartSpcLines | undefined }[] = [];
  for (const group of dimension.groups) {
    row += 1;
    grid.set(row, 1, group.name, SHEET_STYLES.bold);
    const byStart = new Map(group.series.map((p) => [p.start, p.value]));
    periods.forEach((p, offset) => grid.set(row, offset + 2, byStart.get(p.start) ?? null, SHEET_STYLES.percent));
    seriesRows.push({ name: group.name, row, spc: undefined });
  }
  row += 1;
  const targetRow = row;
  grid.set(targetRow, 1, "Target", SHEET_STYLES.bold);
  periods.forEach((_, offset) => grid.set(targetRow, offset + 2, target, SHEET_STYLES.percent));
  const variation = result.variationOverTime?.find((v) => v.dimension === dimension.dimension);
  if (variation !== undefined) row = writeGapRow(grid, variation, periods, row + 1, labelRow, charts, result.title);
  const low = direction === "up" ? red : green;
  const high = direction === "up" ? green : red;
  formats.push({
    range: { top: labelRow + 1, left: 2, bottom: targetRow - 1, right: lastColumn },
    rules: [{ kind: "colour-scale", points: [{ at: { type: "min" }, colour: low }, { at: { type: "number", value: target }, colour: amber }, { at: { type: "max" }, colour: high }] }],
  });
  // Making Data Count's lines for each group's chart: mean and process limits in every period.
  const withSpc = dimension.groups.map((group, index) => ({ group, series: seriesRows[index] })).filter(({ group }) => group.spc !== null);
  if (withSpc.length > 0) {
    row += 2;
    grid.set(row, 1, "Mean and process limits (Making Data Count)", SHEET_STYLES.sectionHeading);
    row += 1;
    grid.setRow(row, 1, ["Line", ...periods.map((p) => p.label)], SHEET_STYLES.header);
    for (const { group, series } of withSpc) {
      const spc = group.spc as NonNullable<typeof group.spc>;
      const rowsOf: Record<"mean" | "upperLimit" | "lowerLimit", CellRange> = { mean: { top: 0, left: 2, bottom: 0, right: lastColumn }, upperLimit: { top: 0, left: 2, bottom: 0, right: lastColumn }, lowerLimit: { top: 0, left: 2, bottom: 0, right: lastColumn } };
      for (const [key, label] of [["mean", "mean"], ["upperLimit", "upper process limit"], ["lowerLimit", "lower process limit"]] as const) {
        row += 1;
        grid.set(row, 1, `${group.name} ${label}`, SHEET_STYLES.text);
        periods.forEach((period, offset) => grid.set(row, offset + 2, limitFor(spc, key, period.start, group.series), SHEET_STYLES.percent));
        rowsOf[key] = { top: row, left: 2, bottom: row, right: lastColumn };
      }
      const labelByStart = new Map(group.series.map((p, index) => [p.start, spc.pointLabels[index] ?? null]));
      series.spc = { ...rowsOf, pointLabels: periods.map((p) => labelByStart.get(p.start) ?? null) };
    }
  }
  const categories = { top: labelRow, left: 2, bottom: labelRow, right: lastColumn };
  for (const series of seriesRows) {
    charts.push({
      title: `${series.name}: ${result.title}`,
      // Placed later, in a column to the right of every table (see placeCharts).
      anchor: { top: 0, left: 0, bottom: 0, right: 0 },
      categories,
      series: [{ name: series.name, values: { top: series.row, left: 2, bottom: series.row, right: lastColumn } }],
      target: { name: "Target", values: { top: targetRow, left: 2, bottom: targetRow, right: lastColumn } },
      valueFormat: "0%",
      ...(series.spc === undefined ? {} : { spc: series.spc }),
    });
  }
  return row;
}

/**
 * A line's value in one period: the new process's, or, for a period before the recovery start
 * (`limitsFrom`), the old process's limits; empty before it when the old process had no limits.
 */
function limitFor(spc: SpcSummary, key: "mean" | "upperLimit" | "lowerLimit", start: number, series: readonly PeriodPoint[]): number | null {
  if (spc.limitsFrom === undefined) return spc[key];
  const from = series.find((p) => p.label === spc.limitsFrom)?.start;
  if (from === undefined || start >= from) return spc[key];
  return spc.limitsBefore?.[key] ?? null;
}

/** Stacks the charts down the sheet to the right of every table, so they never cover a table. */
function placeCharts(charts: LineChartSpec[], rightmostColumn: number): LineChartSpec[] {
  const left = rightmostColumn + 2;
  return charts.map((chart, index) => {
    const top = 4 + index * (chartRows + 1);
    return { ...chart, anchor: { top, left, bottom: top + chartRows - 1, right: left + chartColumns - 1 } };
  });
}

/**
 * The Location Assurance Dashboard: for the chosen dimension (default location) of every analysis that
 * has it, each group's records, latest value (with a data bar), mean, Making Data Count variation and
 * assurance in its colours (improvement blue, concern orange, common cause grey), trend (with arrows),
 * on-track state, weeks to target and status; then the period-by-period series with a colour scale, a
 * target row, the gap between the best and worst group by period with whether it is narrowing (and
 * a line chart of it), each group's mean and process limits by period, one line chart per group with its
 * mean, process limits and point labels in Making Data Count's colours, against the target. When no
 * analysis has that dimension, the first dimension found is shown, and the sheet says so. Pure.
 *
 * @example
 * buildLocationDashboard({ asOf: 46084, analyses: [] }).cells[0][0]?.value; // => "Location Assurance Dashboard"
 */
export function buildLocationDashboard(analysis: WorkbookAnalysis, dimension = "location", sheetName: string = DEFAULT_SHEET_NAMES["location-dashboard"]): SheetModel {
  const grid = new CellGrid();
  const formats: ConditionalFormatSpec[] = [];
  const charts: LineChartSpec[] = [];
  grid.set(1, 1, "Location Assurance Dashboard", SHEET_STYLES.title);
  grid.set(2, 1, `As of ${formatUkDate(analysis.asOf)}. Making Data Count colours: blue is improvement, orange is concern, grey is common cause (no significant change).`, SHEET_STYLES.subtitle);
  let shown = analysis.analyses.filter((result) => chosenDimension(result, dimension) !== undefined);
  let used = dimension;
  let row = 3;
  if (shown.length === 0) {
    const fallback = analysis.analyses.flatMap((r) => r.dimensions).find((d) => d.groups.length > 0);
    // A provider with one location has a location, but nothing to compare it with: say so, not "no column".
    const label = dimensionLabel(dimension).toLowerCase();
    const only = [...new Set(analysis.analyses.flatMap((r) => (r.singleGroupDimensions ?? []).filter((d) => d.dimension === dimension).map((d) => d.group)))];
    const onlyOne = only.length === 0 ? null : `Only one ${label}${only.length > 1 ? " in each audit" : ""} (${only.join(", ")})`;
    if (fallback !== undefined) {
      used = fallback.dimension;
      shown = analysis.analyses.filter((result) => chosenDimension(result, used) !== undefined);
      row += 1;
      const why = onlyOne === null ? `No ${label} column was found` : `${onlyOne}: nothing to compare it with`;
      grid.set(row, 1, `${why}, so this dashboard compares by ${fallback.label.toLowerCase()}.`, SHEET_STYLES.warning);
    } else {
      row += 1;
      grid.set(row, 1, "No groups were found to compare, so there is nothing to show yet.", SHEET_STYLES.warning);
    }
  }
  for (const result of shown) {
    row = writeBlock(grid, result, chosenDimension(result, used) as DimensionResult, row + 2, formats, charts);
  }
  const widest = Math.max(0, ...shown.map((r) => periodColumns((chosenDimension(r, used) as DimensionResult).groups).length));
  const columns = widths.map((width, index) => ({ column: index + 1, width }));
  for (let c = widths.length + 1; c <= widest + 1; c++) columns.push({ column: c, width: seriesWidth });
  return {
    name: sheetName,
    role: "location-dashboard",
    marker: addinMarker.forSheet("location-dashboard", sheetName),
    cells: grid.toCells(),
    merges: [],
    columns,
    frozen: { rows: 0, columns: 1 },
    tables: [],
    conditionalFormats: formats,
    validations: [],
    charts: placeCharts(charts, Math.max(headings.length, widest + 1)),
    tabColour: "289DE0",
  };
}
