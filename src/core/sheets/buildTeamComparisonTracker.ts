import { liveCompareFormula } from "./liveCompareFormula";
import { LIVE_COMPARE_SPARE_GROUPS, liveCompareRows } from "./liveCompareRows";
import { GROUP_STATUS_LABELS, type AnalysisResult, type DimensionResult, type WorkbookAnalysis } from "../compare/types";
import { formatPercent } from "../compare/formatPercent";
import { formatUkDate } from "../values";
import { addinMarker } from "./addinMarker";
import { CellGrid } from "./cellGrid";
import { DEFAULT_SHEET_NAMES } from "./defaultSheetNames";
import { periodColumns } from "./periodColumns";
import type { ColumnSpec, ConditionalFormatSpec, SheetModel } from "./sheetModel";
import { SHEET_STYLES } from "./sheetStyles";
import { statusRules } from "./statusRules";
import { targetRules } from "./targetRules";
import { writeQuestionBlock } from "./writeQuestionBlock";

/** The fixed columns of each dimension block, before the period-by-period series. */
const blockHeadings = [
  "Group",
  "Records",
  "Mean",
  "Lower 95%",
  "Upper 95%",
  "Gap to service (points)",
  "Trend (points a week)",
  "Weeks to target",
  "On track",
  "Latest period",
  "Latest",
  "Status",
  "Reasons",
] as const;
const column = Object.fromEntries(blockHeadings.map((heading, index) => [heading, index + 1])) as Record<(typeof blockHeadings)[number], number>;
const firstSeriesColumn = blockHeadings.length + 1;
const percentagePoints = 100;
const widthsByHeading: Partial<Record<(typeof blockHeadings)[number], number>> = { Group: 26, Reasons: 80, "Latest period": 16, "On track": 11, Status: 20 };
const defaultWidth = 11;
const seriesWidth = 15;

function writeDimension(grid: CellGrid, analysis: AnalysisResult, dimension: DimensionResult, startRow: number, formats: ConditionalFormatSpec[]): number {
  const periods = periodColumns(dimension.groups);
  const gapText = dimension.groups.length > 1 ? ` (gap between highest and lowest: ${(dimension.gap * percentagePoints).toFixed(1)} points)` : "";
  grid.set(startRow, 1, `By ${dimension.label.toLowerCase()}${gapText}`, SHEET_STYLES.sectionHeading);
  const headerRow = startRow + 1;
  grid.setRow(headerRow, 1, [...blockHeadings, ...periods.map((p) => p.label)], SHEET_STYLES.header);
  let row = headerRow;
  for (const group of dimension.groups) {
    row += 1;
    grid.set(row, column.Group, group.name, SHEET_STYLES.bold);
    grid.set(row, column.Records, group.records, SHEET_STYLES.count);
    grid.set(row, column.Mean, group.mean, SHEET_STYLES.boldPercent);
    grid.set(row, column["Lower 95%"], group.lower, SHEET_STYLES.percent);
    grid.set(row, column["Upper 95%"], group.upper, SHEET_STYLES.percent);
    grid.set(row, column["Gap to service (points)"], group.gapToService * percentagePoints, SHEET_STYLES.points);
    grid.set(row, column["Trend (points a week)"], group.trendPerWeek === null ? null : group.trendPerWeek * percentagePoints, SHEET_STYLES.points);
    grid.set(row, column["Weeks to target"], group.weeksToTarget, SHEET_STYLES.weeks);
    grid.set(row, column["On track"], group.onTrack, SHEET_STYLES.text);
    grid.set(row, column["Latest period"], group.latest?.label ?? null, SHEET_STYLES.text);
    grid.set(row, column.Latest, group.latest?.value ?? null, SHEET_STYLES.percent);
    grid.set(row, column.Status, GROUP_STATUS_LABELS[group.status], SHEET_STYLES.bold);
    grid.set(row, column.Reasons, group.reasons.join(" "), SHEET_STYLES.wrapped);
    const valueByStart = new Map(group.series.map((point) => [point.start, point.value]));
    periods.forEach((period, offset) => grid.set(row, firstSeriesColumn + offset, valueByStart.get(period.start) ?? null, SHEET_STYLES.percent));
  }
  if (dimension.groups.length > 0) {
    const rules = targetRules(analysis.settings.target, analysis.settings.direction);
    formats.push({ range: { top: headerRow + 1, left: column.Mean, bottom: row, right: column.Mean }, rules });
    formats.push({ range: { top: headerRow + 1, left: column.Latest, bottom: row, right: column.Latest }, rules });
    formats.push({ range: { top: headerRow + 1, left: column.Status, bottom: row, right: column.Status }, rules: statusRules() });
    if (periods.length > 0) {
      formats.push({ range: { top: headerRow + 1, left: firstSeriesColumn, bottom: row, right: firstSeriesColumn + periods.length - 1 }, rules });
    }
  }
  return row;
}

/** The widest block decides how many columns get a width. */
function columnSpecs(analysis: WorkbookAnalysis): ColumnSpec[] {
  const widest = Math.max(0, ...analysis.analyses.flatMap((a) => a.dimensions.map((d) => periodColumns(d.groups).length)));
  const specs: ColumnSpec[] = blockHeadings.map((heading, index) => ({ column: index + 1, width: widthsByHeading[heading] ?? defaultWidth }));
  for (let offset = 0; offset < widest; offset++) specs.push({ column: firstSeriesColumn + offset, width: seriesWidth });
  return specs;
}

/**
 * The Team Comparison Tracker: for each audit, the service row, a clear line when the average hides a
 * group, then one block per dimension (team, shift, location, staff group...) with each group's records,
 * mean, 95% interval, gap to the service, trend, weeks to target, latest period, status and reasons, and
 * its period-by-period series coloured against the target; under it, for audits with question columns
 * (or sub-scores), the question x group block with a colour scale and the questions behind each
 * shortfall (`writeQuestionBlock`). Proportions are written as numbers with a
 * percentage format, so users can calculate with them. Pure; never throws.
 *
 * @example
 * const model = buildTeamComparisonTracker({ asOf: 46084, analyses: [] });
 * model.cells[0][0]?.value; // => "Team Comparison Tracker"
 */
/** Choices that depend on where the tracker is written. */
export interface TeamComparisonOptions {
  /**
   * Add live CQC.COMPARE formulas over the source table where they fit. Only inside Excel with the
   * add-in: in a file opened without it they would show #NAME?.
   */
  liveFormulas?: boolean;
}

export function buildTeamComparisonTracker(
  analysis: WorkbookAnalysis,
  sheetName: string = DEFAULT_SHEET_NAMES["team-comparison"],
  options: TeamComparisonOptions = {},
): SheetModel {
  const grid = new CellGrid();
  const formats: ConditionalFormatSpec[] = [];
  const lastFixedColumn = blockHeadings.length;
  grid.set(1, 1, "Team Comparison Tracker", SHEET_STYLES.title);
  grid.set(2, 1, `As of ${formatUkDate(analysis.asOf)}. Each audit is compared by team, shift, location and staff group: an average alone is not assurance.`, SHEET_STYLES.subtitle);
  let row = 3;
  if (analysis.analyses.length === 0) {
    row += 1;
    grid.set(row, 1, "No audit data was analysed, so there is nothing to compare yet.", SHEET_STYLES.warning);
  }
  for (const result of analysis.analyses) {
    row += 1;
    grid.set(row, 1, result.title, SHEET_STYLES.sectionHeading);
    // One sentence a row, unwrapped: text overflows into the empty cells beside it, which wrapped text
    // in a merged cell would not (Excel does not fit the height of merged rows).
    for (const sentence of result.explanation) {
      row += 1;
      grid.set(row, 1, sentence, SHEET_STYLES.subtitle);
    }
    row += 1;
    grid.setRow(row, 1, ["Service", "Records", "Mean", "Lower 95%", "Upper 95%", "Target"], SHEET_STYLES.header);
    row += 1;
    const service = result.service;
    grid.set(row, 1, "Whole service", SHEET_STYLES.bold);
    grid.set(row, 2, service.records, SHEET_STYLES.count);
    grid.set(row, 3, service.mean, SHEET_STYLES.boldPercent);
    grid.set(row, 4, service.lower, SHEET_STYLES.percent);
    grid.set(row, 5, service.upper, SHEET_STYLES.percent);
    grid.set(row, 6, service.target, SHEET_STYLES.percent);
    row += 1;
    const hides = service.hiddenByAverage;
    const belowText = service.belowTarget.length > 0 && !hides ? ` Below target: ${service.belowTarget.join(", ")}.` : "";
    // Reassuring only when a group could be judged: "not enough evidence to judge any team" is no reassurance.
    const anyJudged = result.dimensions.some((d) => d.groups.some((g) => g.status !== "insufficient-evidence"));
    const headlineStyle = hides || !service.meetsTarget || !anyJudged ? SHEET_STYLES.warning : SHEET_STYLES.reassurance;
    grid.set(row, 1, `${hides ? "Warning: " : ""}${service.headline}${belowText}`, { ...headlineStyle, wrap: false });
    // Fill the row across the block so the line reads as a banner.
    for (let c = 2; c <= lastFixedColumn; c++) grid.set(row, c, null, headlineStyle);
    if (result.dimensions.length === 0) {
      row += 1;
      grid.set(row, 1, `No team, shift, location or staff group column was found, so only the service is shown (target ${formatPercent(result.settings.target)}).`, SHEET_STYLES.wrapped);
    }
    for (const dimension of result.dimensions) {
      if (dimension.groups.length === 0) continue;
      row = writeDimension(grid, result, dimension, row + 2, formats);
      const questions = result.questions?.find((q) => q.dimension === dimension.dimension);
      if (questions !== undefined && questions.questions.length > 0) row = writeQuestionBlock(grid, questions, row + 2, formats, result.settings.direction);
      const formula = options.liveFormulas ? liveCompareFormula(result, dimension.dimension) : null;
      if (formula !== null) {
        row += 2;
        grid.set(
          row,
          1,
          `Live ${dimension.label.toLowerCase()} comparison: recalculates as audits are added to the table (CQC.COMPARE, mean of scores), with room for ${LIVE_COMPARE_SPARE_GROUPS} more groups`,
          SHEET_STYLES.subtitle,
        );
        row += 1;
        grid.set(row, 1, { formula });
        // Room for the spill to grow as groups are added (liveCompareRows); the rows stay empty.
        row += liveCompareRows(dimension.groups.length) - 1;
      }
    }
    row += 1;
  }
  return {
    name: sheetName,
    role: "team-comparison",
    marker: addinMarker.forSheet("team-comparison", sheetName),
    cells: grid.toCells(),
    merges: [],
    columns: columnSpecs(analysis),
    frozen: { rows: 0, columns: 1 },
    tables: [],
    conditionalFormats: formats,
    validations: [],
    charts: [],
    tabColour: "1F4E79",
  };
}
