// Reading the bench's audit workbooks (bench/auditWorkbookBytes.ts) from file bytes to grids: the
// streaming reader (src/xlsx/read) beside the ExcelJS load it replaced, each in its own process.
// `ts-node bench/readBench.ts [rows...]` prints a table; ExcelJS is skipped above 100,000 rows unless
// READ_BENCH_EXCELJS=all (it needs gigabytes there).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { auditWorkbookBytes } from "./auditWorkbookBytes";

const root = path.join(__dirname, "..");
const tsNode = path.join(root, "node_modules", ".bin", "ts-node");

interface ReadCase {
  ms: number;
  cpuMs: number;
  peakRssMb: number;
  rows: number;
}

function readCase(how: "streaming" | "exceljs", file: string): ReadCase | string {
  try {
    const output = execFileSync(tsNode, ["--transpile-only", path.join(__dirname, "readCase.ts"), how, file], { cwd: root, encoding: "utf8", maxBuffer: 1 << 20, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=6144" } });
    return JSON.parse(output) as ReadCase;
  } catch (error) {
    return `failed (${String((error as Error).message).split("\n")[0]})`;
  }
}

const sizes = process.argv.slice(2).map(Number);
const dir = mkdtempSync(path.join(os.tmpdir(), "cqc-read-bench-"));
const lines = ["| Rows | File | Streaming reader | ExcelJS load + grids |", "|---|---|---|---|"];
for (const rows of sizes.length > 0 ? sizes : [100_000, 1_000_000]) {
  const bytes = auditWorkbookBytes(rows);
  const file = path.join(dir, `audits-${rows}.xlsx`);
  writeFileSync(file, bytes);
  const show = (result: ReadCase | string): string => (typeof result === "string" ? result : `${(result.ms / 1000).toFixed(2)} s (${(result.cpuMs / 1000).toFixed(2)} s CPU), ${result.peakRssMb.toFixed(0)} MB peak`);
  const streaming = readCase("streaming", file);
  const excelJs = rows <= 100_000 || process.env.READ_BENCH_EXCELJS === "all" ? readCase("exceljs", file) : "not run";
  lines.push(`| ${rows.toLocaleString("en-GB")} | ${(bytes.length / 1024 ** 2).toFixed(1)} MB | ${show(streaming)} | ${show(excelJs)} |`);
  process.stderr.write(`${lines.at(-1)}\n`);
}
process.stdout.write(`${lines.join("\n")}\n(load average ${os.loadavg().map((l) => l.toFixed(1)).join(", ")} on ${os.cpus().length} cores)\n`);
