// The package writer on every workbook we have: the test fixtures, the broken-workbook catalogue's
// workbooks that open, files written by openpyxl and LibreOffice (fixtures/makeForeignWorkbooks.py),
// a macro-enabled workbook, and the public corpus in test/fixtures/corpus when present.
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { zipSync, unzipSync } from "fflate";
import { buildOutputSheets } from "../../../src/core/sheets";
import { openPackage, type XlsxPackage } from "../../../src/xlsx/package";
import { WorkbookFileError } from "../../../src/xlsx/workbookFileError";
import { XlsxWorkbook } from "../../../src/xlsx/XlsxWorkbook";
import { createPlans, minimalPackage, SHARED_PARTS, writeOutputPackage } from "../../../src/xlsx/write";
import { xmlOutline } from "../../../src/xlsx/write/xmlOutline";
import { careRecords, locations, workbookAnalysis } from "../../core/sheets/fixtures/analyses";
import { makeAuditWorkbook } from "../fixtures/makeAuditWorkbook";
import { comparePackages, lostElements, xmlTree } from "./packageComparison";

const root = path.join(__dirname, "..", "..", "..");
const analysis = workbookAnalysis(careRecords(), locations());

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return /\.xls[xm]$/i.test(name) ? [full] : [];
  });
}

function sheetNames(pkg: XlsxPackage): string[] {
  const workbook = xmlOutline(pkg.readText("xl/workbook.xml"), 2);
  return (workbook.children.find((c) => c.local === "sheets")?.children ?? []).map((s) => s.attributes.name ?? "");
}

function modelsFor(pkg: XlsxPackage) {
  const existingSheets = sheetNames(pkg).map((name) => ({ name, ownedByAddin: false, role: null, protected: false }));
  return buildOutputSheets(analysis, { existingSheets, existingActionTracker: null }).models;
}

/** The plans of a re-run on a package holding our sheets, as the command line makes them (ownership names read back). */
async function refreshPlans(pkg: XlsxPackage) {
  const book = await XlsxWorkbook.fromBytes(pkg.bytes, pkg.file);
  const existingSheets = await book.listSheets();
  const tracker = existingSheets.find((sheet) => sheet.ownedByAddin && sheet.role === "action-tracker");
  const existingActionTracker = tracker === undefined ? null : await book.readOwnSheet(tracker.name);
  const plans = buildOutputSheets(analysis, { existingSheets, existingActionTracker, ownNames: await book.readOwnNames() }).plans;
  expect(plans.map((plan) => plan.kind)).toEqual(["refresh", "refresh", "refresh", "refresh"]);
  return plans;
}

async function excelJsFile(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet("Audits"));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const header = ["Audit date", "Team", "Score"];
/** The broken-workbook catalogue of test/cli/badWorkbooks.test.ts, the ones that are .xlsx packages. */
const catalogue: [string, () => Promise<Uint8Array>][] = [
  ["empty", () => excelJsFile(() => undefined)],
  ["header-only", () => excelJsFile((s) => void s.addRow(header))],
  ["errors", () => excelJsFile((s) => { s.addRow(header); for (let i = 0; i < 20; i++) s.addRow([{ error: "#REF!" }, { error: "#N/A" }, { error: "#DIV/0!" }] as ExcelJS.CellValue[]); })],
  ["wide255", () => excelJsFile((s) => { s.addRow(Array.from({ length: 255 }, (_, i) => `Col ${i + 1}`)); for (let r = 0; r < 10; r++) s.addRow(Array.from({ length: 255 }, (_, i) => (i * r) % 7)); })],
  ["tall", () => excelJsFile((s) => { s.addRow(header); s.getCell("C1048576").value = "x"; })],
];

/** openpyxl-chart.xlsx made macro-enabled: a stand-in VBA project part (random bytes), its relationship and content types. */
function macroWorkbook(): Uint8Array {
  const parts = unzipSync(new Uint8Array(readFileSync(path.join(__dirname, "fixtures", "openpyxl-chart.xlsx"))));
  const text = (name: string) => new TextDecoder().decode(parts[name]);
  const encode = (value: string) => new TextEncoder().encode(value);
  parts["xl/vbaProject.bin"] = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251);
  parts["[Content_Types].xml"] = encode(
    text("[Content_Types].xml")
      .replace("spreadsheetml.sheet.main+xml", "../application/vnd.ms-excel.sheet.macroEnabled.main+xml".slice(3))
      .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  );
  parts["xl/_rels/workbook.xml.rels"] = encode(text("xl/_rels/workbook.xml.rels").replace("</Relationships>", '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
  return zipSync(parts);
}

async function everyWorkbook(): Promise<[string, Uint8Array][]> {
  const dir = os.tmpdir();
  const generated: [string, Uint8Array][] = [
    ["makeAuditWorkbook", new Uint8Array(readFileSync(await makeAuditWorkbook(dir, `pkg-${process.pid}-a.xlsx`)))],
    ["makeAuditWorkbook with a user's Action Tracker", new Uint8Array(readFileSync(await makeAuditWorkbook(dir, `pkg-${process.pid}-b.xlsx`, { userActionTracker: true })))],
    ["makeAuditWorkbook with a protected sheet", new Uint8Array(readFileSync(await makeAuditWorkbook(dir, `pkg-${process.pid}-c.xlsx`, { protectNotes: true })))],
    ["macro-enabled (.xlsm)", macroWorkbook()],
  ];
  for (const [name, make] of catalogue) generated.push([`catalogue: ${name}`, await make()]);
  const files = [path.join(root, "assets", "samples", "recovery-audits.xlsx"), ...filesUnder(path.join(__dirname, "fixtures")), ...filesUnder(path.join(root, "test", "fixtures"))];
  return [...generated, ...files.map((file): [string, Uint8Array] => [path.relative(root, file), new Uint8Array(readFileSync(file))])];
}

/** Workbooks of the corpus that cannot be opened, and why: an empty zip and Apache POI's fuzzer cases, damaged on purpose. */
const NOT_WRITTEN: string[] = [
  "test/fixtures/corpus/openpyxl-null_archive.xlsx: damaged",
  "test/fixtures/corpus/poi-clusterfuzz-testcase-minimized-POIXSSFFuzzer-5089447305609216.xlsx: damaged",
  "test/fixtures/corpus/poi-clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5636439151607808.xlsx: damaged",
  "test/fixtures/corpus/poi-clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-6594557414080512.xlsx: damaged",
  "test/fixtures/corpus/poi-crash-274d6342e4842d61be0fb48eaadad6208ae767ae.xlsx: damaged",
];

describe("writeOutputPackage", () => {
  let workbooks: [string, Uint8Array][] = [];
  beforeAll(async () => {
    workbooks = await everyWorkbook();
  });

  it("copies every part of every workbook that opens byte for byte, and shared parts keep every element, on a first write, a re-write and a refresh in place", async () => {
    const report: string[] = [];
    const notWritten: string[] = [];
    for (const [name, bytes] of workbooks) {
      let input: XlsxPackage;
      try {
        input = openPackage(bytes, name);
        input.readText("xl/workbook.xml");
      } catch (error) {
        if (!(error instanceof WorkbookFileError)) throw error;
        notWritten.push(`${name}: ${error.problem}`);
        continue;
      }
      let output: XlsxPackage;
      let again: XlsxPackage;
      let refreshed: XlsxPackage;
      try {
        output = openPackage(writeOutputPackage(input, createPlans(modelsFor(input))), name);
        again = openPackage(writeOutputPackage(output, createPlans(modelsFor(input))), name);
        refreshed = openPackage(writeOutputPackage(again, await refreshPlans(again)), name);
      } catch (error) {
        // A structure-protected workbook is refused with a message, and nothing is written.
        if (!(error instanceof WorkbookFileError) || error.problem !== "protected-structure") throw error;
        notWritten.push(`${name}: ${error.problem}`);
        continue;
      }
      for (const [pass, result] of [["first write", output], ["re-write", again], ["refresh in place", refreshed]] as const) {
        const difference = comparePackages(input, result, SHARED_PARTS);
        const problems = [...difference.changed.map((p) => `changed ${p}`), ...difference.missing.map((p) => `missing ${p}`), ...difference.lostFromShared.map((p) => `lost ${p}`)];
        if (problems.length > 0) report.push(`${name} (${pass}): ${problems.join("; ")}`);
      }
      expect(sheetNames(output).slice(-4)).toEqual(["Team Comparison Tracker", "Action Tracker", "Location Assurance Dashboard", "Assurance Summary"].map((n) => (sheetNames(input).includes(n) ? `${n} (CQC)` : n)));
      expect(sheetNames(again)).toEqual(sheetNames(output));
    }
    expect(report).toEqual([]);
    // The workbooks that do not open give a clear message instead (see test/cli/badWorkbooks.test.ts).
    expect(notWritten).toEqual(NOT_WRITTEN);
  });

  it("writes a workbook of its own from the minimal package, with our four sheets and their markers", () => {
    const output = openPackage(writeOutputPackage(minimalPackage("roll-up.xlsx"), createPlans(buildOutputSheets(analysis, { existingSheets: [], existingActionTracker: null }).models)), "roll-up.xlsx");
    expect(sheetNames(output)).toEqual(["Team Comparison Tracker", "Action Tracker", "Location Assurance Dashboard", "Assurance Summary"]);
    expect(output.readText("xl/workbook.xml")).toContain("<definedName name=\"CQCRecovery_action_tracker\">&apos;Action Tracker&apos;!$A$1</definedName>".replace(/&apos;/g, "'"));
  });

  it("refuses to add sheets to a workbook whose structure is protected, naming it", () => {
    const parts = unzipSync(new Uint8Array(readFileSync(path.join(__dirname, "fixtures", "openpyxl-chart.xlsx"))));
    parts["xl/workbook.xml"] = new TextEncoder().encode(new TextDecoder().decode(parts["xl/workbook.xml"]).replace("<workbookProtection />", '<workbookProtection lockStructure="1"/>'));
    const input = openPackage(zipSync(parts), "locked.xlsx");
    expect(() => writeOutputPackage(input, createPlans(modelsFor(input)))).toThrow(
      new WorkbookFileError("protected-structure", "locked.xlsx has its structure protected, so sheets cannot be added. Unprotect it (Review > Protect Workbook) and run again; nothing was written."),
    );
  });
});

describe("lostElements", () => {
  it("finds an element a shared part lost, and accepts added elements and grown counts", () => {
    const before = xmlTree('<a count="1"><b x="1"/><c/></a>');
    expect(lostElements(before, xmlTree('<a count="2"><b x="1"/><new/><c/></a>'))).toEqual([]);
    expect(lostElements(before, xmlTree('<a count="1"><c/></a>'))).toEqual(["/a/b"]);
  });
});
