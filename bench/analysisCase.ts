// One benchmark case in its own process, so that its peak memory is its own: reads and compares
// `rows` generated audit rows across three dimensions, and prints JSON on stdout.
import { performance } from "node:perf_hooks";
import { analyseWorkbook } from "../src/app/analyseWorkbook";
import { auditLogGrid } from "./auditData";

const rows = Number(process.argv[2]);
const runs = Number(process.argv[3] ?? 5);
const grid = auditLogGrid(rows);
const settings = { asOf: 46500, target: 90, dimensions: ["team", "shift", "location"] };
const times: number[] = [];
for (let i = 0; i < runs + 1; i++) {
  const start = performance.now();
  const result = analyseWorkbook([grid], settings);
  const elapsed = performance.now() - start;
  if (i > 0) times.push(elapsed); // the first run warms up the JIT
  if (result.analyses[0].service.records !== rows) throw new Error(`expected ${rows} records, got ${result.analyses[0].service.records}`);
}
times.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ rows, medianMs: times[Math.floor(times.length / 2)], peakRssMb: process.resourceUsage().maxRSS / 1024 }));
