// Gate 1 of issue 11: no Excel API member above the manifest's declared ExcelApi MinVersion, unless
// the call sits inside an isSetSupported branch. See apiSetGate.ts for how members are found.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { apiSetViolations, compareVersions, excelApiUses, gateProgram, manifestMinVersion, manifestText, type ApiSetUse } from "./apiSetGate";

jest.setTimeout(120_000);

const root = path.join(__dirname, "../..");
const officeFiles = readdirSync(path.join(root, "src/office"))
  .filter((name) => name.endsWith(".ts"))
  .map((name) => path.join(root, "src/office", name));
const fixture = path.join(__dirname, "fixtures/apiSetViolations.ts");
const program = gateProgram([...officeFiles, fixture]);
const declared = manifestMinVersion(manifestText(), "ExcelApi");
const describeUse = (use: ApiSetUse) => `${use.file}:${use.line} ${use.member} needs ${use.set} ${use.version}`;

describe("manifestMinVersion", () => {
  it("reads the ExcelApi MinVersion the manifest declares", () => {
    expect(declared).toBe("1.8");
  });
});

describe("compareVersions", () => {
  it("compares part by part, so 1.10 is above 1.9", () => {
    expect([compareVersions("1.10", "1.9"), compareVersions("1.8", "1.8"), compareVersions("1.7", "1.8")]).toEqual([1, 0, -1]);
  });
});

describe("excelApiUses on src/office", () => {
  const uses = excelApiUses(program, officeFiles);

  it("finds the Excel members the adapter uses, with their sets", () => {
    const members = uses.map((use) => `${use.member} ${use.version}`);
    // Tags as @types/office-js gives them: charts 1.1, conditional formats 1.6, data validation 1.8.
    expect(members).toEqual(expect.arrayContaining(["Excel.ConditionalFormatCollection.add 1.6", "Excel.DataValidation.rule 1.8", "Excel.ChartCollection.add 1.1"]));
    expect(members).toEqual(expect.arrayContaining(['load("items/protection/protected") Excel.WorksheetProtection.protected 1.2', 'Excel.ChartType.line ("Line") 1.1']));
  });

  it("finds nothing above the manifest's ExcelApi MinVersion outside an isSetSupported branch", () => {
    expect(apiSetViolations(uses, { ExcelApi: declared! }).map(describeUse)).toEqual([]);
  });
});

describe("the gate's scope", () => {
  it("covers every file that uses Excel's API: only src/office does (STYLE.md)", () => {
    const sources = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sources(path.join(folder, entry.name)) : /\.tsx?$/.test(entry.name) ? [path.join(folder, entry.name)] : []));
    const outside = sources(path.join(root, "src"))
      .filter((file) => !file.startsWith(path.join(root, "src/office")))
      .filter((file) => /\bExcel\.(run\b|[A-Z]\w*)|context\.workbook\b/.test(readFileSync(file, "utf8")));
    expect(outside.map((file) => path.relative(root, file))).toEqual([]);
  });
});

describe("apiSetViolations", () => {
  it("fails members, load() paths and enum values above the declared set, and passes guarded ones", () => {
    const violations = apiSetViolations(excelApiUses(program, [fixture]), { ExcelApi: declared! });
    expect(violations.map((use) => `${use.line} ${use.member} ${use.version}`)).toEqual([
      "6 Excel.Range.getSpillingToRangeOrNullObject 1.12",
      '7 load("items/enableCalculation") Excel.Worksheet.enableCalculation 1.9',
      '8 Excel.ChartType.pareto ("Pareto") 1.9',
    ]);
  });
});
