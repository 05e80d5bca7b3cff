import { PARTIAL_ANSWER_RULE_WORDS, type PartialAnswerRule } from "../core/audit";
import type { WorkbookAnalysis } from "../core/compare/types";

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}

/**
 * Where every row read went, per sheet: rows read, used and left out with each reason and its count,
 * where the groups came from when not from a column, and how many partial answers were counted and
 * how. For the terminal, after the results table.
 *
 * @example
 * formatRowsAccounted({ asOf: 46084, analyses: [] }); // => ""
 */
export function formatRowsAccounted(analysis: WorkbookAnalysis): string {
  const lines: string[] = [];
  for (const result of analysis.analyses) {
    for (const source of result.sources) {
      const where = `${source.file ? `${source.file.replace(/^.*[\\/]/, "")}, ` : ""}sheet "${source.sheet}"${source.table ? `, table ${source.table}` : ""}`;
      const leftOut = source.rowsLeftOut ?? [];
      const leftOutCount = leftOut.reduce((sum, row) => sum + row.count, 0);
      const reasons = leftOut.map((row) => `${row.count} ${row.reason}`).join("; ");
      lines.push(`${where}: ${plural(source.rowsRead, "row")} read, ${source.rowsUsed.toLocaleString("en-GB")} used, ${leftOutCount.toLocaleString("en-GB")} left out${reasons ? ` (${reasons})` : ""}.`);
      for (const from of source.groupsFrom ?? []) lines.push(`  Groups from ${from}.`);
      if ((source.partialAnswers ?? 0) > 0) {
        const rule = PARTIAL_ANSWER_RULE_WORDS[(source.partialRule ?? "not-met") as PartialAnswerRule] ?? source.partialRule;
        lines.push(`  ${plural(source.partialAnswers ?? 0, "partial answer")} ("Partial", "Partly", "Some" ...) ${rule}; --partial changes this.`);
      }
    }
  }
  return lines.length === 0 ? "" : `Rows read\n${lines.join("\n")}\n`;
}
