// The baseline, in a process of its own so that its peak memory is its own: the ExcelJS round trip
// the command line replaced (load the whole workbook, read every sheet, analyse, add our sheets, save
// the whole workbook). Prints { ms, cpuMs, peakRssMb, outBytes, exitCode } as JSON. The time starts
// after the process and its modules have loaded (ts-node's start is not ExcelJS's); the peak memory is
// the whole process's (Node's maxRSS). The command line itself is timed by bench/cliRun.js.
// Usage: ts-node --transpile-only bench/cliCase.ts <input.xlsx> <output.xlsx>
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { analyseWorkbook } from "../src/app/analyseWorkbook";
import { buildOutputSheets } from "../src/core/sheets";
import { dateToSerial } from "../src/core/values";
import { applySheetModels } from "./exceljsBaseline/applySheetModels";
import { readSheetGrid } from "./exceljsBaseline/readSheetGrid";

const [input, output] = process.argv.slice(2);

async function excelJsRoundTrip(): Promise<number> {
  const name = path.basename(input);
  const book = new ExcelJS.Workbook();
  const bytes = readFileSync(input);
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const grids = book.worksheets.map((sheet) => readSheetGrid(sheet, name)).filter((grid) => grid.values.length > 0);
  const analysis = analyseWorkbook(grids, { asOf: dateToSerial(new Date(Date.UTC(2026, 11, 31))) });
  const { models } = buildOutputSheets(analysis, { existingSheets: [], existingActionTracker: null });
  applySheetModels(book, models, name);
  writeFileSync(output, new Uint8Array(await book.xlsx.writeBuffer()));
  return 0;
}

async function run(): Promise<void> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const exitCode = await excelJsRoundTrip();
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  // CPU time (user + system) beside the wall-clock time: on a shared, busy machine it is the steadier figure.
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, cpuMs, peakRssMb, outBytes: statSync(output).size, exitCode }));
}

run().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
