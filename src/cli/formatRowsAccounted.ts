import { describeRowsAccounted } from "../core/audit";
import type { WorkbookAnalysis } from "../core/compare/types";

/**
 * Where every row read went, per sheet (see `describeRowsAccounted`): rows read, used and left out
 * with each reason and its count, where the groups came from when not from a column, and how many
 * partial answers were counted and how. For the terminal, after the results table.
 *
 * @example
 * formatRowsAccounted({ asOf: 46084, analyses: [] }); // => ""
 */
export function formatRowsAccounted(analysis: WorkbookAnalysis): string {
  const lines: string[] = [];
  for (const result of analysis.analyses) {
    for (const source of result.sources) {
      const where = `${source.file ? `${source.file.replace(/^.*[\\/]/, "")}, ` : ""}sheet "${source.sheet}"${source.table ? `, table ${source.table}` : ""}`;
      const [first, ...rest] = describeRowsAccounted(source);
      lines.push(`${where}: ${first}`, ...rest.map((line) => `  ${line}`));
      if ((source.partialAnswers ?? 0) > 0) lines.push("  --partial not-met|half|left-out changes how partial answers count.");
    }
  }
  return lines.length === 0 ? "" : `Rows read\n${lines.join("\n")}\n`;
}
