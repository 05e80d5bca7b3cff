// Refresh in place through the Office.js adapter (issue 11): the sample workbook in the fake, analysed
// and written with the core's write plans (prepareOutputs -> buildOutputSheets -> planSheetWrites),
// then written again. Our sheets keep their identity: nothing of ours is deleted, so a user's formula
// pointing at the Action Tracker still resolves, and their hyperlink and note in it survive.
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyseWorkbook } from "../../src/app/analyseWorkbook";
import { prepareOutputs } from "../../src/app/prepareOutputs";
import { dateToSerial, type CellValue } from "../../src/core/values";
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { XlsxWorkbook } from "../../src/xlsx/XlsxWorkbook";
import { FakeExcel } from "./fakeExcel";

jest.setTimeout(60_000);

const samplePath = path.join(__dirname, "../../assets/samples/recovery-audits.xlsx");
const auditSheets = ["Care record audits", "Safeguarding checks", "Location recovery"];
const ourSheets = ["Team Comparison Tracker", "Action Tracker", "Location Assurance Dashboard", "Assurance Summary"];

function asExcelHandsItOver(value: CellValue): unknown {
  if (value instanceof Date) return dateToSerial(value);
  if (value !== null && typeof value === "object") return value.error;
  return value ?? "";
}

async function sampleSheets(): Promise<{ name: string; values: unknown[][] }[]> {
  const book = await XlsxWorkbook.fromBytes(new Uint8Array(readFileSync(samplePath)), "recovery-audits.xlsx");
  const grids = await book.readGrids(auditSheets);
  return grids.map((grid) => {
    const values: unknown[][] = Array.from({ length: grid.firstRow - 1 }, () => []);
    for (const row of grid.values) values.push([...Array<unknown>(grid.firstColumn - 1).fill(""), ...row.map(asExcelHandsItOver)]);
    return { name: grid.sheet, values };
  });
}

/** What the task pane does inside Excel: read the audits, prepare the plans, write them. */
async function analyseAndWrite(excel: FakeExcel, asOf = 46112): Promise<void> {
  const workbook = new OfficeWorkbook(excel.run);
  const grids = await workbook.readGrids(auditSheets.filter((name) => excel.findSheet(name) !== undefined));
  const analysis = analyseWorkbook(grids, { asOf }, { chosen: grids.map((grid) => grid.sheet) });
  const outputs = await prepareOutputs(workbook, analysis);
  await workbook.writePlans(outputs.plans, { token: "t" });
}

describe("OfficeWorkbook.writePlans", () => {
  it("creates the four sheets on the first write, through hidden temporary sheets", async () => {
    const excel = new FakeExcel({ sheets: await sampleSheets() });
    await analyseAndWrite(excel);
    expect(excel.sheetNames()).toEqual([...auditSheets, ...ourSheets]);
    expect(excel.mutations.some((mutation) => mutation.kind === "worksheets.add")).toBe(true);
    expect(excel.sheets.every((sheet) => sheet.visibility === "Visible")).toBe(true);
  });

  it("refreshes twice in place: a user's formula, hyperlink and note on the Action Tracker survive", async () => {
    const excel = new FakeExcel({ sheets: [...(await sampleSheets()), { name: "My notes", values: [["Top action"]] }] });
    await analyseAndWrite(excel);
    const tracker = excel.sheet("Action Tracker");
    const firstAction = tracker.rows[1]?.[0];
    expect(typeof firstAction).toBe("string");
    // The user points at our tracker from their own sheet, and adds a link and a note in it.
    const userFormula = "='Action Tracker'!A2";
    excel.sheet("My notes").rows[1] = ["#FORMULA"];
    excel.sheet("My notes").formulas.set("1,0", userFormula);
    excel.annotate("Action Tracker", "A2", { hyperlink: "https://intranet.example.org/actions/1", note: "Raised at governance, March" });
    const mutationsBefore = excel.mutations.length;

    await analyseAndWrite(excel, 46119);
    await analyseAndWrite(excel, 46126);

    const later = excel.mutations.slice(mutationsBefore);
    expect(later.filter((mutation) => mutation.kind === "worksheet.delete" || mutation.kind === "worksheets.add")).toEqual([]);
    expect(excel.sheet("Action Tracker")).toBe(tracker);
    expect(tracker.deleted).toBe(false);
    expect(excel.evaluateReference(userFormula)).toBe(firstAction);
    expect(excel.extrasAt("Action Tracker", "A2")).toEqual({ hyperlink: "https://intranet.example.org/actions/1", note: "Raised at governance, March" });
    expect(excel.sheetNames()).toEqual([...auditSheets, "My notes", ...ourSheets]);
    expect(later.filter((mutation) => mutation.sheetName === "My notes")).toEqual([]);
    // The refresh did rewrite our cells: serial 46126 is 14/04/2026 (46112 is 31/03/2026).
    expect(String(excel.cell("Team Comparison Tracker", "A2"))).toContain("As of 14/04/2026");
  });

  it("refreshes a workbook whose only visible sheet is ours without error", async () => {
    const excel = new FakeExcel({ sheets: await sampleSheets() });
    await analyseAndWrite(excel);
    for (const sheet of excel.sheets) if (sheet.name !== "Team Comparison Tracker") sheet.visibility = "Hidden";
    excel.activeSheetId = excel.sheet("Team Comparison Tracker").id;
    await expect(analyseAndWrite(excel)).resolves.toBeUndefined();
    expect(excel.visibleSheets().map((sheet) => sheet.name)).toEqual(["Team Comparison Tracker"]);
  });

  it("keeps a user's note typed beside a block of ours on a refreshed sheet", async () => {
    const excel = new FakeExcel({ sheets: await sampleSheets() });
    await analyseAndWrite(excel);
    const summary = excel.sheet("Assurance Summary");
    const farColumn = 30;
    summary.rows[0][farColumn] = "Sent to commissioners 02/04/2026";
    await analyseAndWrite(excel, 46119);
    expect(excel.sheet("Assurance Summary").rows[0][farColumn]).toBe("Sent to commissioners 02/04/2026");
  });

  it("replaces its own tables and charts on a refresh instead of adding more", async () => {
    const excel = new FakeExcel({ sheets: await sampleSheets() });
    await analyseAndWrite(excel);
    const tables = excel.tables.map((table) => `${table.sheet.name}: ${table.name}`).sort();
    const charts = excel.sheet("Location Assurance Dashboard").charts.map((chart) => chart.name);
    await analyseAndWrite(excel, 46119);
    expect(excel.tables.map((table) => `${table.sheet.name}: ${table.name}`).sort()).toEqual(tables);
    expect(excel.sheet("Location Assurance Dashboard").charts.map((chart) => chart.name)).toEqual(charts);
  });

  it("leaves nothing half-written when the first write fails, and deletes nothing of ours when a refresh fails", async () => {
    const excel = new FakeExcel({ sheets: await sampleSheets() });
    excel.failWhen = (command) => command.kind === "charts.add()";
    await expect(analyseAndWrite(excel)).rejects.toMatchObject({ code: "write-failed" });
    expect(excel.sheetNames()).toEqual(auditSheets);
    excel.failWhen = null;
    await analyseAndWrite(excel);
    excel.failWhen = (command) => command.kind === "charts.add()";
    await expect(analyseAndWrite(excel, 46119)).rejects.toMatchObject({ code: "write-failed" });
    expect(excel.sheetNames()).toEqual([...auditSheets, ...ourSheets]);
  });
});
