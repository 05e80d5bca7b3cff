// The dashboard's native line charts, drawn by LibreOffice (headless) and read back as pixels: the
// chart's red target line and its orange concern point appear only when the sheet carries charts.
// Needs Debian's libreoffice-calc-nogui and poppler-utils (pdftoppm).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildLocationDashboard } from "../../../src/core/sheets/buildLocationDashboard";
import type { SheetModel } from "../../../src/core/sheets/sheetModel";
import { createPlans, minimalPackage, writeOutputPackage } from "../../../src/xlsx/write";
import { locations, workbookAnalysis } from "../../core/sheets/fixtures/analyses";

const a3 = 8;

/** Pixels of a PPM (P6) image: width, height and RGB bytes. */
function readPpm(bytes: Buffer): { width: number; height: number; rgb: Buffer } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString("latin1"));
  if (header === null) throw new Error("not a PPM image");
  return { width: Number(header[1]), height: Number(header[2]), rgb: bytes.subarray(header[0].length) };
}

/** Renders a one-sheet workbook's first page and counts the pixels close to a colour, with where they lie. */
function render(model: SheetModel, dir: string, colours: Record<string, [number, number, number]>): Record<string, { count: number; minX: number }> {
  const xlsx = path.join(dir, `${model.charts.length > 0 ? "with" : "without"}.xlsx`);
  writeFileSync(xlsx, writeOutputPackage(minimalPackage("dashboard.xlsx"), createPlans([model]), { print: { landscape: true, fitToWidth: true, paperSize: a3 } }));
  execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsx], { stdio: "ignore", timeout: 120000 });
  const stem = xlsx.replace(/\.xlsx$/, "");
  execFileSync("pdftoppm", ["-r", "50", "-f", "1", "-l", "1", "-singlefile", `${stem}.pdf`, stem]);
  const { width, rgb } = readPpm(readFileSync(`${stem}.ppm`));
  const found: Record<string, { count: number; minX: number }> = {};
  for (const [name, [r, g, b]] of Object.entries(colours)) {
    let count = 0;
    let minX = width;
    for (let at = 0; at + 2 < rgb.length; at += 3) {
      if (Math.abs(rgb[at] - r) < 30 && Math.abs(rgb[at + 1] - g) < 30 && Math.abs(rgb[at + 2] - b) < 30) {
        count += 1;
        minX = Math.min(minX, (at / 3) % width);
      }
    }
    found[name] = { count, minX };
  }
  return found;
}

describe("the dashboard's charts in LibreOffice", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "cqc-chart-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("draws each location's line chart with its red target line beside the tables", () => {
    const model = buildLocationDashboard(workbookAnalysis(locations()));
    expect(model.charts).toHaveLength(2);
    // Colours: the target line (renderLineChartXml's DE1B1B); nothing else on the sheet is that red.
    const colours = { target: [0xde, 0x1b, 0x1b] as [number, number, number] };
    const withCharts = render(model, dir, colours);
    const without = render({ ...model, charts: [] }, dir, colours);
    expect(without.target.count).toBe(0);
    expect(withCharts.target.count).toBeGreaterThan(50);
  }, 240000);
});
