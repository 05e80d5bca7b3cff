import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { analyseWorkbook } from "../../src/app/analyseWorkbook";
import { prepareOutputs } from "../../src/app/prepareOutputs";
import { DEFAULT_SHEET_NAMES } from "../../src/core/sheets/defaultSheetNames";
import { SAMPLE_EXPECTATIONS, SAMPLE_SHEET_NAMES } from "../../scripts/sample/sampleExpectations";
import { openBrowserSession } from "../../src/taskpane/session/browserSession";
import { loadXlsxAdapter } from "../../src/taskpane/session/loadXlsxAdapter";
import { workbookWithTableBytes } from "../xlsx/fixtures/workbookWithTable";

const samplePath = path.join(__dirname, "../../assets/samples/recovery-audits.xlsx");

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

async function openSample() {
  return openBrowserSession(await loadXlsxAdapter(), "recovery-audits.xlsx", new Uint8Array(readFileSync(samplePath)), memoryStorage());
}

describe("openBrowserSession", () => {
  it("lists the sample workbook's table, then its sheets, with their sizes", async () => {
    const session = await openSample();
    const sources = await session.listSources();
    // The sample documents which of its sheets hold an Excel table (scripts/sample/sampleExpectations.ts).
    const tables = SAMPLE_EXPECTATIONS.sheets.flatMap((sheet) => (sheet.tableName === null ? [] : [`table:${sheet.tableName}`]));
    expect(tables).toEqual(["table:SafeguardingChecks"]);
    expect(sources.map((source) => `${source.kind}:${source.name}`)).toEqual([...tables, ...SAMPLE_SHEET_NAMES.map((name) => `sheet:${name}`)]);
    expect(sources.every((source) => source.rowCount > 0)).toBe(true);
    const [preview] = await session.previewSources([sources[2]]);
    expect(preview.grid.values.length).toBeLessThanOrEqual(60);
  });

  it("lists Excel tables before sheets, as Excel does, marks hidden sheets, and reads a table's cells only", async () => {
    const session = await openBrowserSession(await loadXlsxAdapter(), "audits.xlsx", await workbookWithTableBytes(), null);
    const sources = await session.listSources();
    expect(sources.map((source) => `${source.kind}:${source.name}:${source.sheet}:${source.rowCount}x${source.columnCount}${source.hidden ? ":hidden" : ""}`)).toEqual([
      "table:CareRecordAudits:Audits:4x3",
      "sheet:Audits:Audits:6x7",
      "sheet:Notes:Notes:1x1:hidden",
    ]);
    const [table] = await session.readSources([sources[0]]);
    expect([table.table, table.firstRow, table.firstColumn, table.values[0]]).toEqual(["CareRecordAudits", 3, 2, ["Audit date", "Team", "Score"]]);
    const [preview] = await session.previewSources([sources[0]]);
    expect(preview.grid.values).toEqual(table.values);
  });

  it("adds the four sheets to the workbook it downloads, leaving every original sheet in place", async () => {
    const session = await openSample();
    const sources = await session.listSources();
    const grids = await session.readSources(sources);
    const analysis = analyseWorkbook(grids, { asOf: 46112 });
    const outputs = await prepareOutputs(session.workbook, analysis);
    const stages: string[] = [];
    await session.writeSheets(outputs.plans, (stage) => stages.push(stage.label));
    const { fileName, blob } = await (session.download as NonNullable<typeof session.download>)();
    expect(fileName).toBe("recovery-audits.assured.xlsx");
    expect(stages.at(-1)).toMatch(/download/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await blob.arrayBuffer());
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([...SAMPLE_SHEET_NAMES, ...Object.values(DEFAULT_SHEET_NAMES)]);
    expect(session.downloadNote?.()).toBeNull();
  });

  it("remembers the choices for the file in the browser's storage", async () => {
    const storage = memoryStorage();
    const adapter = await loadXlsxAdapter();
    const bytes = new Uint8Array(readFileSync(samplePath));
    const first = await openBrowserSession(adapter, "recovery-audits.xlsx", bytes, storage);
    await first.saveChoices({ targetPercent: 95 });
    const second = await openBrowserSession(adapter, "recovery-audits.xlsx", bytes, storage);
    expect(await second.loadChoices()).toEqual({ targetPercent: 95 });
  });

  it("names the cells it left out of a sheet because they were far from its data", async () => {
    const { farCellWorkbook } = await import("../cli/issue10Workbooks");
    const session = await openBrowserSession(await loadXlsxAdapter(), "far.xlsx", farCellWorkbook(), null);
    expect(session.readNotes?.()).toEqual(['far.xlsx, sheet "Audits": 1 cell far from the data (XFD100000) was left out; the data read is A1:C60.']);
    expect((await session.listSources()).map((source) => `${source.name}:${source.rowCount}x${source.columnCount}`)).toEqual(["Audits:60x3"]);
  });

  it("refuses a file that is not a workbook, in words", async () => {
    const adapter = await loadXlsxAdapter();
    await expect(openBrowserSession(adapter, "notes.xlsx", new TextEncoder().encode("just some notes"), null)).rejects.toMatchObject({ problem: "not-xlsx", message: expect.stringContaining("notes.xlsx is not an Excel workbook") });
  });
});
