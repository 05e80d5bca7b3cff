// Renders each sheet the add-in writes, as a user sees it, to docs/images/*.png for the README:
// LibreOffice (Debian's libreoffice-calc-nogui) converts a copy of the output in which only that sheet
// is visible (printed landscape on A3 at 75%; the dashboard fitted to the page width, to show its charts) to PDF, and poppler-utils' pdftoppm turns its first page
// into a PNG. The copy is made at the package level, so the dashboard's native charts are drawn too.
// Usage: npm run demo && npx ts-node --transpile-only scripts/renderSheets.ts
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openPackage } from "../src/xlsx/package";
import { relationshipsPartOf, resolvePartName } from "../src/xlsx/write/partPaths";
import { applyTextEdits, withAttribute, xmlOutline, type TextEdit } from "../src/xlsx/write/xmlOutline";
import { zipParts, type OutputPart } from "../src/xlsx/write/zipParts";

const input = process.argv[2] ?? "out/demo/recovery-audits.assured.xlsx";
const sheets = ["Team Comparison Tracker", "Action Tracker", "Location Assurance Dashboard", "Assurance Summary"];
const outDir = path.join(__dirname, "..", "docs", "images");
const a3 = 8;

/** The package with only `sheet` visible and set to print landscape on A3. */
function onlySheet(bytes: Uint8Array, sheet: string): Uint8Array {
  const pkg = openPackage(bytes, path.basename(input));
  const workbookText = pkg.readText("xl/workbook.xml");
  const workbook = xmlOutline(workbookText, 2);
  const sheetElements = workbook.children.find((c) => c.local === "sheets")?.children ?? [];
  const index = sheetElements.findIndex((s) => s.attributes.name === sheet);
  if (index < 0) throw new Error(`${input} has no sheet "${sheet}"`);
  const edits: TextEdit[] = sheetElements.map((element, i) => ({
    from: element.start,
    to: element.openEnd,
    text: withAttribute(workbookText.slice(element.start, element.openEnd), "state", i === index ? "visible" : "hidden"),
  }));
  const view = workbook.children.find((c) => c.local === "bookViews")?.children[0];
  if (view !== undefined) edits.push({ from: view.start, to: view.openEnd, text: withAttribute(withAttribute(workbookText.slice(view.start, view.openEnd), "activeTab", String(index)), "firstSheet", String(index)) });
  const relationships = xmlOutline(pkg.readText(relationshipsPartOf("xl/workbook.xml")), 1).children;
  const relationshipId = Object.entries(sheetElements[index].attributes).find(([name]) => name.endsWith(":id"))?.[1];
  const sheetPart = resolvePartName("xl/workbook.xml", relationships.find((r) => r.attributes.Id === relationshipId)?.attributes.Target ?? "");
  // The dashboard's charts stand to the right of its tables: fit its width to the page to show them.
  const fit = sheet === "Location Assurance Dashboard";
  let sheetText = pkg.readText(sheetPart).replace(/(<pageMargins[^>]*\/>)/, `$1<pageSetup paperSize="${a3}" ${fit ? 'fitToWidth="1" fitToHeight="0"' : 'scale="75"'} orientation="landscape"/>`);
  if (fit) sheetText = sheetText.includes("</sheetPr>") ? sheetText.replace("</sheetPr>", '<pageSetUpPr fitToPage="1"/></sheetPr>') : sheetText.replace(/(<worksheet[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const replaced = new Map([
    ["xl/workbook.xml", applyTextEdits(workbookText, edits)],
    [sheetPart, sheetText],
  ]);
  const parts: OutputPart[] = pkg.entries.map((entry) => {
    const text = replaced.get(entry.name);
    return text === undefined ? { kind: "copy", entry } : { kind: "new", name: entry.name, bytes: new TextEncoder().encode(text) };
  });
  return zipParts(parts);
}

function main(): void {
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(path.join(os.tmpdir(), "cqc-render-"));
  const bytes = new Uint8Array(readFileSync(input));
  for (const sheet of sheets) {
    const slug = sheet.toLowerCase().replace(/\s+/g, "-");
    const xlsx = path.join(work, `${slug}.xlsx`);
    writeFileSync(xlsx, onlySheet(bytes, sheet));
    execFileSync("soffice", [`-env:UserInstallation=file://${work}/profile`, "--headless", "--convert-to", "pdf", "--outdir", work, xlsx], { stdio: "ignore", timeout: 120000 });
    execFileSync("pdftoppm", ["-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", path.join(work, `${slug}.pdf`), path.join(work, slug)]);
    renameSync(path.join(work, `${slug}.png`), path.join(outDir, `${slug}.png`));
    process.stdout.write(`docs/images/${slug}.png\n`);
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
