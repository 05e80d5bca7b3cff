import { formatPercent } from "../core/compare/formatPercent";
import { GROUP_STATUS_LABELS, type WorkbookAnalysis } from "../core/compare/types";

const percentagePoints = 100;

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ").trimEnd());
}

/**
 * The analysis as a readable plain-text table for the terminal: per audit, the service headline and
 * the date of the latest data (a warning when it is out of date), then per dimension each group's
 * records, mean, 95% interval, trend and status ("(watch)" beside a status with a watch note), worst first,
 * followed by the questions behind each shortfall, the repeated gaps and whether the gap is narrowing.
 *
 * @example
 * formatResultsTable({ asOf: 46084, analyses: [] }); // => "No audit data was found to analyse.\n"
 */
export function formatResultsTable(analysis: WorkbookAnalysis): string {
  if (analysis.analyses.length === 0) return "No audit data was found to analyse.\n";
  const lines: string[] = [];
  for (const result of analysis.analyses) {
    lines.push(result.title, "=".repeat(result.title.length), result.service.headline);
    // Every output says how current the data is, and says so plainly when it is out of date.
    if (result.freshness) lines.push(result.freshness.outOfDate ? `WARNING: ${result.freshness.sentence}` : result.freshness.sentence);
    lines.push("");
    for (const dimension of result.dimensions) {
      if (dimension.groups.length === 0) continue;
      const rows = [[dimension.label, "Records", "Mean", "95% CI", "Trend/week", "Status"]];
      for (const group of dimension.groups) {
        const trend = group.trendPerWeek === null ? "" : `${group.trendPerWeek >= 0 ? "+" : "-"}${Math.abs(group.trendPerWeek * percentagePoints).toFixed(1)} pts`;
        rows.push([group.name, String(group.records), formatPercent(group.mean), `${formatPercent(group.lower)}-${formatPercent(group.upper)}`, trend, `${GROUP_STATUS_LABELS[group.status]}${group.watch ? " (watch)" : ""}`]);
      }
      lines.push(...table(rows));
      // Beneath the score: the questions behind each shortfall, repeated gaps, the gap's direction.
      for (const shortfall of result.questions?.find((q) => q.dimension === dimension.dimension)?.shortfalls ?? []) lines.push(`${shortfall.group}: ${shortfall.sentence}`);
      const repeated = (result.repeatedGaps ?? []).filter((gap) => gap.dimension === dimension.dimension);
      const byGroup = new Map<string, string[]>();
      for (const gap of repeated) byGroup.set(gap.group, [...(byGroup.get(gap.group) ?? []), gap.question === null ? "overall" : `'${gap.question}'`]);
      if (byGroup.size > 0) lines.push(`Repeated gaps (below target in each of the last ${result.settings.periodsToClose} periods or more): ${[...byGroup].map(([group, what]) => `${group} (${what.join(", ")})`).join("; ")}.`);
      const variation = result.variationOverTime?.find((v) => v.dimension === dimension.dimension);
      if (variation) lines.push(variation.sentence);
      lines.push("");
    }
  }
  return `${lines.join("\n")}\n`;
}
