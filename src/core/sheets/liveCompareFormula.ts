import type { AnalysisResult } from "../compare/types";

/** Characters a structured reference must escape with an apostrophe inside a column name. */
const structuredReferenceSpecials = /['#[\]]/g;

/**
 * A live `CQC.COMPARE` formula over the source table's own columns for one dimension, so the tracker
 * written in Excel keeps up as audits are added; null where it does not fit: the source is not one
 * Excel table, it has no score column, or the dimension is not one of its columns (a two-way cell, or
 * a location taken from a file name).
 *
 * @example
 * liveCompareFormula(result, "shift") // => "=CQC.COMPARE(SafeguardingChecks[Score],SafeguardingChecks[Shift],0.95,\"up\")"
 */
export function liveCompareFormula(result: AnalysisResult, dimension: string): string | null {
  if (result.sources.length !== 1) return null;
  const [source] = result.sources;
  const table = source.table;
  const score = source.columns?.score;
  const group = source.columns?.[dimension];
  if (!table || !score || !group) return null;
  const column = (header: string) => `${table}[${header.replace(structuredReferenceSpecials, (c) => `'${c}`)}]`;
  return `=CQC.COMPARE(${column(score)},${column(group)},${result.settings.target},"${result.settings.direction}")`;
}
