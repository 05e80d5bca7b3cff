import type { WorkbookAnalysis } from "../compare/types";

/** The Assurance Summary's section heading for what lies beneath the scores. */
export const BENEATH_THE_SCORE_HEADING = "Beneath the score: the questions behind each gap, repeated gaps and variation";

/**
 * The lines of the Assurance Summary's short section beneath the scores, for each audit: the
 * questions behind each group's shortfall, the repeated gaps (the article's trigger for action) and
 * whether the gap between groups is narrowing. Several audits are named at the start of each line.
 * Pure.
 *
 * @example
 * beneathTheScoreLines({ asOf: 46084, analyses: [] }); // => ["No audit evidence was analysed."]
 */
export function beneathTheScoreLines(analysis: WorkbookAnalysis): string[] {
  if (analysis.analyses.length === 0) return ["No audit evidence was analysed."];
  const several = analysis.analyses.length > 1;
  const lines: string[] = [];
  for (const result of analysis.analyses) {
    const audit = several ? `${result.title}: ` : "";
    for (const comparison of result.questions ?? []) {
      for (const shortfall of comparison.shortfalls) lines.push(`• ${audit}${shortfall.group} (${comparison.label.toLowerCase()}): ${shortfall.sentence}`);
    }
    const repeated = result.repeatedGaps ?? [];
    if (repeated.length === 0) lines.push(`• ${audit}No repeated gap: no group is below target in each of the last ${result.settings.periodsToClose} periods, overall or on any question.`);
    for (const gap of repeated) lines.push(`• ${audit}Repeated gap (${gap.label.toLowerCase()}): ${gap.sentence}`);
    for (const variation of result.variationOverTime ?? []) lines.push(`• ${audit}${variation.sentence}`);
  }
  return lines;
}
