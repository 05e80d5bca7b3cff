// npm run bench: every speed target of the project measured on this machine, printed as a table and
// written to BENCHMARKS.md. Figures are medians over repeated runs after a warm-up; each analysis size
// runs in its own process so that its peak memory is its own.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { auditLogGrid } from "./auditData";
import { timeFormulaTracker } from "./formulaTracker";
import { runFunctionsBench } from "./functionsBench";
import { runOfficeAdapterBench } from "./officeAdapterBench";
import { runEndToEndBench } from "./endToEndBench";
import { runBrowserBench } from "./browserBench";
import type { BenchRow } from "./timing";

const root = path.join(__dirname, "..");
const tsNode = path.join(root, "node_modules", ".bin", "ts-node");

function log(message: string) {
  process.stderr.write(`${message}\n`);
}

interface AnalysisCase {
  rows: number;
  medianMs: number;
  peakRssMb: number;
}

function analysisCase(rows: number, runs: number): AnalysisCase {
  const output = execFileSync(tsNode, ["--transpile-only", path.join(__dirname, "analysisCase.ts"), String(rows), String(runs)], { cwd: root, encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(output) as AnalysisCase;
}

function analysisRows(): { rows: BenchRow[]; at100k: number } {
  const limits: Record<number, { ms: number; mb?: number }> = { 100000: { ms: 300 }, 1000000: { ms: 3000, mb: 1536 } };
  const cases = [analysisCase(10000, 7), analysisCase(100000, 5), analysisCase(1000000, 3)];
  const rows: BenchRow[] = [];
  for (const c of cases) {
    const limit = limits[c.rows];
    const rate = Math.round(c.rows / (c.medianMs / 1000));
    rows.push({
      name: `Analysis: read + compare ${c.rows.toLocaleString("en-GB")} audit rows, 3 dimensions`,
      value: `${c.medianMs.toFixed(0)} ms (${rate.toLocaleString("en-GB")} rows/s)`,
      target: limit ? `< ${limit.ms} ms` : "",
      met: limit ? c.medianMs < limit.ms : null,
    });
    rows.push({
      name: `Analysis: peak memory at ${c.rows.toLocaleString("en-GB")} rows (whole process)`,
      value: `${c.peakRssMb.toFixed(0)} MB`,
      target: limit?.mb ? `< ${limit.mb} MB` : "",
      met: limit?.mb ? c.peakRssMb < limit.mb : null,
    });
  }
  const perRow = cases.map((c) => c.medianMs / c.rows);
  const growth = perRow[2] / perRow[1];
  rows.push({ name: "Analysis: time per row at 1,000,000 / at 100,000 (1.0 = linear)", value: growth.toFixed(2), target: "<= 1.5 (linear)", met: growth <= 1.5 });
  return { rows, at100k: cases[1].medianMs };
}

function formulaTrackerRows(ourMs: number): BenchRow[] {
  timeFormulaTracker(auditLogGrid(10000)); // warm-up
  const times = [0, 1, 2].map(() => timeFormulaTracker(auditLogGrid(100000)).ms).sort((a, b) => a - b);
  const median = times[1];
  const ratio = median / ourMs;
  return [
    { name: "Formula tracker (COUNTIFS/AVERAGEIFS/SUMIFS) in HyperFormula, 100,000 rows", value: `${median.toFixed(0)} ms`, target: "", met: null },
    { name: "Speed-up of our analysis over the formula tracker at 100,000 rows", value: `${ratio.toFixed(1)}x`, target: ">= 10x", met: ratio >= 10 },
  ];
}

function bundleRows(): BenchRow[] {
  // Always a fresh production build: a dist/ left from older sources would report old sizes.
  const dist = mkdtempSync(path.join(os.tmpdir(), "cqc-bench-dist-"));
  execFileSync(path.join(root, "node_modules", ".bin", "webpack"), ["--mode", "production", "--output-path", dist], { cwd: root, stdio: "ignore" });
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  // The task pane's initial JavaScript: every script taskpane.html loads from the add-in itself.
  const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  const gzipped = (file: string) => gzipSync(readFileSync(path.join(dist, file))).length / 1024;
  const initial = scripts.reduce((sum, file) => sum + gzipped(file), 0);
  return [
    { name: `Task pane initial JavaScript, gzipped (${scripts.join(" + ")})`, value: `${initial.toFixed(1)} KB`, target: "< 400 KB", met: initial < 400 },
    { name: "Custom functions bundle, gzipped (functions.js)", value: `${gzipped("functions.js").toFixed(1)} KB`, target: "", met: null },
  ];
}


function table(rows: BenchRow[]): string {
  const lines = ["| Measure | Figure | Target | Met |", "|---|---|---|---|"];
  for (const row of rows) lines.push(`| ${row.name} | ${row.value} | ${row.target || "-"} | ${row.met === null ? "-" : row.met ? "yes" : "**no**"} |`);
  return lines.join("\n");
}

async function main() {
  const started = Date.now();
  const rows: BenchRow[] = [];
  log("custom functions...");
  rows.push(...runFunctionsBench());
  log("analysis at 10,000 / 100,000 / 1,000,000 rows...");
  const analysis = analysisRows();
  rows.push(...analysis.rows);
  log("formula tracker in HyperFormula (about a minute)...");
  rows.push(...formulaTrackerRows(analysis.at100k));
  log("Office adapter against its recording fake...");
  rows.push(...(await runOfficeAdapterBench()));
  log("command line end to end beside the ExcelJS round trip (several minutes)...");
  rows.push(...runEndToEndBench(log));
  log("browser task pane in headless Chromium, 100,000 rows (builds the task pane when stale; a few minutes)...");
  rows.push(...(await runBrowserBench(log)));
  log("bundle sizes...");
  rows.push(...bundleRows());

  const machine = `${os.cpus().length} x ${os.cpus()[0]?.model ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node.js ${process.version}`;
  // Other work on the machine stretches wall-clock times; say how busy it was.
  const load = `Load average at the end of the run: ${os.loadavg()[1].toFixed(1)} over 5 minutes, on ${os.cpus().length} cores.`;
  const markdown = `# Benchmarks\n\nMeasured by \`npm run bench\` on ${machine}.\nMedians over repeated runs after a warm-up; ${((Date.now() - started) / 1000).toFixed(0)} s in all. ${load}\n\n${table(rows)}\n`;
  writeFileSync(path.join(root, "BENCHMARKS.md"), markdown);
  console.log(markdown);
  const missed = rows.filter((r) => r.met === false);
  if (missed.length) log(`${missed.length} target(s) not met: ${missed.map((r) => r.name).join("; ")}`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
