// One reading measurement in a process of its own, so its peak memory is its own:
// `ts-node bench/readCase.ts <streaming|exceljs> <file.xlsx>` prints {ms, cpuMs, peakRssMb, rows}.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { XlsxReader } from "../src/xlsx/read/XlsxReader";
import { readSheetGrid } from "./exceljsBaseline/readSheetGrid";

async function main(): Promise<void> {
  const [how, file] = process.argv.slice(2);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const bytes = new Uint8Array(readFileSync(file));
  let rows: number;
  if (how === "streaming") {
    const reader = XlsxReader.open(bytes, "bench.xlsx");
    const names = (await reader.listSheets()).map((sheet) => sheet.name);
    rows = (await reader.readGrids(names)).reduce((sum, grid) => sum + grid.values.length, 0);
  } else {
    // The path the command line took before issue 10: the whole workbook into ExcelJS, then each grid.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    rows = workbook.worksheets.map((sheet) => readSheetGrid(sheet, "bench.xlsx")).reduce((sum, grid) => sum + grid.values.length, 0);
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  // CPU time (user + system) beside wall time: on a shared, busy machine the wall clock mostly measures the queue.
  process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024, rows }));
}

void main();
