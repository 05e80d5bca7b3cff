// The comparison a quality lead builds without us: a summary sheet of COUNTIFS / AVERAGEIFS and a
// SUMIFS-based standard deviation per group, over the audit log, recalculated by HyperFormula (an
// open-source, Excel-compatible engine). Timed on the same data as our analysis.
import { performance } from "node:perf_hooks";
import { HyperFormula } from "hyperformula";
import type { SheetGrid } from "../src/app/ports";

/** Builds the two-sheet formula workbook and recalculates it; returns the time in milliseconds. */
export function timeFormulaTracker(grid: SheetGrid): { ms: number; formulas: number } {
  const rows = grid.values.length - 1;
  // Data sheet: Team, Shift, Location, Score (passed / checked), Score squared (a helper column).
  const data: (string | number)[][] = [["Team", "Shift", "Location", "Score", "Score squared"]];
  for (let i = 1; i <= rows; i++) {
    const row = grid.values[i] as (string | number)[];
    const score = (row[4] as number) / (row[5] as number);
    data.push([row[1], row[2], row[3], score, score * score]);
  }
  const summary: (string | number)[][] = [["Dimension", "Group", "Records", "Mean", "SD", "Lower 95%", "Upper 95%"]];
  const columns = { Team: "A", Shift: "B", Location: "C" } as const;
  for (const [dimension, column] of Object.entries(columns)) {
    const index = Object.keys(columns).indexOf(dimension);
    const groups = [...new Set(data.slice(1).map((r) => r[index] as string))].sort();
    for (const group of groups) {
      const r = summary.length + 1;
      const range = `Data!$${column}$2:$${column}$${rows + 1}`;
      summary.push([
        dimension,
        group,
        `=COUNTIFS(${range},B${r})`,
        `=AVERAGEIFS(Data!$D$2:$D$${rows + 1},${range},B${r})`,
        `=SQRT((SUMIFS(Data!$E$2:$E$${rows + 1},${range},B${r})-C${r}*D${r}^2)/(C${r}-1))`,
        `=D${r}-1.96*E${r}/SQRT(C${r})`,
        `=D${r}+1.96*E${r}/SQRT(C${r})`,
      ]);
    }
  }
  const start = performance.now();
  const engine = HyperFormula.buildFromSheets({ Data: data, Summary: summary }, { licenseKey: "gpl-v3", maxRows: 1048576 });
  const values = engine.getSheetValues(engine.getSheetId("Summary") as number);
  const ms = performance.now() - start;
  if (typeof values[1][2] !== "number") throw new Error(`the formula tracker did not calculate: ${JSON.stringify(values[1])}`);
  engine.destroy();
  return { ms, formulas: (summary.length - 1) * 5 };
}
