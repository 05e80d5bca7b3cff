// Renders each sheet the add-in writes, as a user sees it, to docs/images/*.png for the README:
// LibreOffice (Debian's libreoffice-calc-nogui) converts a one-sheet copy to PDF, poppler-utils'
// pdftoppm turns its first page into a PNG. Usage: npm run demo && npx ts-node --transpile-only scripts/renderSheets.ts
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, renameSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";

const input = process.argv[2] ?? "out/demo/recovery-audits.assured.xlsx";
const sheets = ["Team Comparison Tracker", "Action Tracker", "Location Assurance Dashboard", "Assurance Summary"];
const outDir = path.join(__dirname, "..", "docs", "images");

async function main() {
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(path.join(os.tmpdir(), "cqc-render-"));
  for (const sheet of sheets) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(input);
    for (const other of book.worksheets.filter((w) => w.name !== sheet)) book.removeWorksheet(other.id);
    const target = book.getWorksheet(sheet);
    if (!target) throw new Error(`${input} has no sheet "${sheet}"`);
    target.pageSetup = { ...target.pageSetup, orientation: "landscape", fitToPage: false, scale: 75, paperSize: 8 as ExcelJS.PaperSize };
    const slug = sheet.toLowerCase().replace(/\s+/g, "-");
    const xlsx = path.join(work, `${slug}.xlsx`);
    await book.xlsx.writeFile(xlsx);
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", work, xlsx], { stdio: "ignore", timeout: 120000 });
    execFileSync("pdftoppm", ["-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", path.join(work, `${slug}.pdf`), path.join(work, slug)]);
    renameSync(path.join(work, `${slug}.png`), path.join(outDir, `${slug}.png`));
    process.stdout.write(`docs/images/${slug}.png\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
