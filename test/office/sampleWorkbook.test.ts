// The sample workbook through the Office.js adapter: its sheets loaded into the recording fake as Excel
// would hand them over (dates as serial numbers), analysed, and the real sheet models written and
// refreshed, as the task pane does inside Excel.
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyseWorkbook } from "../../src/app/analyseWorkbook";
import { addinMarker } from "../../src/core/sheets/addinMarker";
import { dateToSerial, type CellValue } from "../../src/core/values";
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { prepareOutputs } from "../../src/app/prepareOutputs";
import { excelSession } from "../../src/taskpane/session/excelSession";
import { XlsxWorkbook } from "../../src/xlsx/XlsxWorkbook";
import { FakeExcel } from "./fakeExcel";

const samplePath = path.join(__dirname, "../../assets/samples/recovery-audits.xlsx");
const userSheets = ["Read me", "Care record audits", "Safeguarding checks", "Location recovery", "Actions"];

function asExcelHandsItOver(value: CellValue): unknown {
  if (value instanceof Date) return dateToSerial(value);
  if (value !== null && typeof value === "object") return value.error;
  return value ?? "";
}

async function sampleInFakeExcel(): Promise<FakeExcel> {
  const book = await XlsxWorkbook.fromBytes(new Uint8Array(readFileSync(samplePath)), "recovery-audits.xlsx");
  const grids = await book.readGrids(userSheets);
  return new FakeExcel({
    sheets: grids.map((grid) => {
      const values: unknown[][] = Array.from({ length: grid.firstRow - 1 }, () => []);
      for (const row of grid.values) values.push([...Array<unknown>(grid.firstColumn - 1).fill(""), ...row.map(asExcelHandsItOver)]);
      return { name: grid.sheet, values };
    }),
  });
}

function memorySettings() {
  let value: unknown = null;
  return { load: () => value, save: async (next: unknown) => void (value = next) };
}

async function analyseAndWrite(excel: FakeExcel) {
  const session = excelSession(new OfficeWorkbook(excel.run), memorySettings());
  const sources = (await session.listSources()).filter((source) => source.name !== "Read me" && source.name !== "Actions");
  const grids = await session.readSources(sources);
  const analysis = analyseWorkbook(grids, { asOf: 46112 }, { chosen: sources.map((source) => source.name) });
  const outputs = await prepareOutputs(session.workbook, analysis);
  await session.writeSheets(outputs.plans, () => undefined);
  return { analysis, outputs };
}

function columnOf(values: unknown[][], header: string): number {
  return values[0].indexOf(header);
}

describe("the sample workbook through the Office.js adapter", () => {
  it("writes the four real sheets, marked, with dropdowns, conditional formats and line charts, touching no user sheet", async () => {
    const excel = await sampleInFakeExcel();
    const { analysis } = await analyseAndWrite(excel);

    expect(analysis.analyses[0].service.headline).toBe("Service average 91% hides Team B at 78%.");
    expect(excel.sheetNames()).toEqual([...userSheets, "Team Comparison Tracker", "Action Tracker", "Location Assurance Dashboard", "Assurance Summary"]);
    expect(addinMarker.read(excel.names.map((name) => ({ name: name.name, refersTo: excel.nameFormula(name) }))).map((marked) => marked.sheet)).toHaveLength(4);
    expect(excel.sheet("Action Tracker").recorded.some((entry) => entry.path === "dataValidation.rule")).toBe(true);
    expect(excel.sheet("Team Comparison Tracker").recorded.some((entry) => entry.path.startsWith("conditionalFormats.add()"))).toBe(true);
    expect(excel.sheet("Location Assurance Dashboard").recorded.filter((entry) => entry.path === "charts.add()").length).toBeGreaterThan(0);
    expect(excel.mutations.filter((mutation) => userSheets.includes(mutation.sheetName ?? ""))).toEqual([]);
    expect(excel.largestPayloadBytes()).toBeLessThan(4 * 1024 * 1024);
  });

  it("keeps what the user typed in the Action Tracker when the sheets are refreshed", async () => {
    const excel = await sampleInFakeExcel();
    await analyseAndWrite(excel);
    const tracker = excel.sheet("Action Tracker");
    const ownerColumn = columnOf(tracker.rows, "Owner role");
    const notesColumn = columnOf(tracker.rows, "Notes");
    tracker.rows[1][ownerColumn] = "Night team leader";
    tracker.rows[1][notesColumn] = "Agreed at the March governance meeting";

    await analyseAndWrite(excel);

    const refreshed = excel.sheet("Action Tracker");
    // Refreshed in place: the same sheet, so references to it from the user's sheets still resolve.
    expect(refreshed).toBe(tracker);
    expect(refreshed.rows[1][ownerColumn]).toBe("Night team leader");
    expect(refreshed.rows[1][notesColumn]).toBe("Agreed at the March governance meeting");
    expect(excel.sheetNames()).toHaveLength(9);
  });
});
