// The command line end to end (file bytes in, file bytes out) on generated 100,000- and 1,000,000-row
// audit workbooks, beside the ExcelJS round trip it replaced, measured in the same run. Each run is a
// process of its own, so its peak memory is its own: the command line as installed (lib/, built here
// first; bench/cliRun.js, timed from the process's start), the ExcelJS round trip in bench/cliCase.ts.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { auditWorkbookBytes } from "./auditWorkbookBytes";
import type { BenchRow } from "./timing";

const root = path.join(__dirname, "..");
const tsNode = path.join(root, "node_modules", ".bin", "ts-node");
const megabyte = 1024 * 1024;

interface CliRun {
  ms: number;
  cpuMs: number;
  peakRssMb: number;
  outBytes: number;
  exitCode: number;
}

function runCase(mode: "cli" | "exceljs", input: string, output: string): CliRun {
  try {
    const command = mode === "cli" ? [process.execPath, path.join(__dirname, "cliRun.js"), input, output] : [tsNode, "--transpile-only", path.join(__dirname, "cliCase.ts"), input, output];
    const text = execFileSync(command[0], command.slice(1), { cwd: root, encoding: "utf8", maxBuffer: 1 << 20, stdio: ["ignore", "pipe", "pipe"] });
    const run = JSON.parse(text) as CliRun;
    if (run.exitCode !== 0) throw new Error(`exit code ${run.exitCode}`);
    return run;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? "";
    throw new Error(`${mode} on ${path.basename(input)} failed: ${(error as Error).message}\n${stderr.slice(-2000)}`);
  }
}

function median(runs: CliRun[]): CliRun {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
}

/**
 * Rows for BENCHMARKS.md: time and peak memory of the command line at 100,000 rows (median of three)
 * and 1,000,000 rows (one run), the ExcelJS round trip at 100,000 rows (one run: it takes tens of
 * seconds), the speed-up, and how much larger the assured copy is than the input.
 */
export function runEndToEndBench(log: (message: string) => void): BenchRow[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cqc-bench-e2e-"));
  log("  building the command line (npm run build:cli)...");
  execFileSync(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", path.join(root, "tsconfig.cli.json")], { cwd: root, stdio: "pipe" });
  try {
    const file = (rows: number) => {
      const input = path.join(dir, `audits-${rows}.xlsx`);
      writeFileSync(input, auditWorkbookBytes(rows));
      return input;
    };
    const input100k = file(100000);
    const inputBytes = statSync(input100k).size;
    log("  command line at 100,000 rows (three runs)...");
    const cli100k = median([0, 1, 2].map((i) => runCase("cli", input100k, path.join(dir, `out-100k-${i}.xlsx`))));
    log("  ExcelJS round trip at 100,000 rows (the baseline, one run)...");
    const excelJs = runCase("exceljs", input100k, path.join(dir, "out-100k-exceljs.xlsx"));
    const input1m = file(1000000);
    const inputBytes1m = statSync(input1m).size;
    log("  command line at 1,000,000 rows (one run)...");
    const cli1m = runCase("cli", input1m, path.join(dir, "out-1m.xlsx"));
    const speedUp = excelJs.ms / cli100k.ms;
    const growth = (cli100k.outBytes - inputBytes) / megabyte;
    const size = (bytes: number) => `${(bytes / megabyte).toFixed(1)} MB`;
    return [
      { name: `Command line end to end, 100,000 rows (${size(inputBytes)} in, median of 3)`, value: `${(cli100k.ms / 1000).toFixed(2)} s (CPU ${(cli100k.cpuMs / 1000).toFixed(2)} s)`, target: "<= 3 s", met: cli100k.ms <= 3000 },
      { name: "Command line peak memory, 100,000 rows (whole process)", value: `${cli100k.peakRssMb.toFixed(0)} MB`, target: "<= 500 MB", met: cli100k.peakRssMb <= 500 },
      { name: "ExcelJS round trip (the old path), 100,000 rows, same run", value: `${(excelJs.ms / 1000).toFixed(2)} s (CPU ${(excelJs.cpuMs / 1000).toFixed(2)} s), ${excelJs.peakRssMb.toFixed(0)} MB`, target: "", met: null },
      { name: "Speed-up of the command line over the ExcelJS round trip, 100,000 rows", value: `${speedUp.toFixed(1)}x`, target: ">= 10x", met: speedUp >= 10 },
      { name: `Command line end to end, 1,000,000 rows (${size(inputBytes1m)} in, one run)`, value: `${(cli1m.ms / 1000).toFixed(2)} s (CPU ${(cli1m.cpuMs / 1000).toFixed(2)} s)`, target: "<= 30 s", met: cli1m.ms <= 30000 },
      { name: "Command line peak memory, 1,000,000 rows (whole process)", value: `${cli1m.peakRssMb.toFixed(0)} MB`, target: "<= 1536 MB", met: cli1m.peakRssMb <= 1536 },
      { name: "Assured copy larger than its input, 100,000 rows", value: `${(growth * 1024).toFixed(0)} KB`, target: "<= 1 MB", met: growth <= 1 },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const rows = runEndToEndBench((message) => process.stderr.write(`${message}\n`));
  for (const row of rows) process.stdout.write(`${row.name}: ${row.value} (target ${row.target || "-"})\n`);
}
