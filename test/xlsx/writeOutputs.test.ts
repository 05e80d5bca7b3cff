import ExcelJS from "exceljs";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { WorkbookAnalysis } from "../../src/core/compare/types";
import { buildOutputSheets } from "../../src/core/sheets";
import { openWorkbookFile, planOutputs, writeOutputs, WorkbookFileError, type OutputOptions } from "../../src/xlsx";
import { careRecords, workbookAnalysis } from "../core/sheets/fixtures/analyses";
import { makeAuditWorkbook } from "./fixtures/makeAuditWorkbook";
import { openBook, sheetSnapshot } from "./fixtures/sheetSnapshot";
import { useTempDir } from "./fixtures/tempDir";

const JSZip = require("jszip");

async function runOnce(input: string, options: OutputOptions = {}, analysis: WorkbookAnalysis = workbookAnalysis()) {
  const opened = await openWorkbookFile(input);
  const plan = await planOutputs(input, options, opened);
  const { models } = buildOutputSheets(analysis, { existingSheets: plan.existingSheets, existingActionTracker: plan.existingActionTracker });
  return writeOutputs(input, models, { ...options, opened });
}

async function snapshots(file: string, names?: string[]): Promise<unknown[]> {
  const book = await openBook(file);
  return book.worksheets.filter((s) => names === undefined || names.includes(s.name)).map(sheetSnapshot);
}

describe("writeOutputs", () => {
  const dir = useTempDir();

  it("writes a copy beside the input, leaving the input's bytes and every cell of its sheets unchanged", async () => {
    const input = await makeAuditWorkbook(dir());
    const before = readFileSync(input);
    const report = await runOnce(input);
    expect(report).toEqual({ mode: "copy", outPath: path.join(dir(), "audits.assured.xlsx"), backupPath: null, messages: [] });
    expect(readFileSync(input).equals(before)).toBe(true);
    const output = await openBook(report.outPath);
    expect(output.worksheets.map((s) => s.name)).toEqual(["Care record audits", "Notes", "Team Comparison Tracker", "Action Tracker", "Location Assurance Dashboard", "Assurance Summary"]);
    expect(await snapshots(report.outPath, ["Care record audits", "Notes"])).toEqual(await snapshots(input));
  });

  it("gives the same sheets when run twice, merging the tracker from the earlier copy and keeping that copy as .previous", async () => {
    const input = await makeAuditWorkbook(dir());
    const first = await runOnce(input);
    const firstSheets = await snapshots(first.outPath);
    const second = await runOnce(input);
    expect(second.backupPath).toBe(path.join(dir(), "audits.assured.previous.xlsx"));
    expect(second.messages).toEqual(["The previous version was saved as audits.assured.previous.xlsx."]);
    expect(await snapshots(second.outPath)).toEqual(firstSheets);
    expect(await snapshots(second.backupPath as string)).toEqual(firstSheets);
  });

  it("updates the input in place after writing a backup, and replaces only its own sheets on a re-run", async () => {
    const input = await makeAuditWorkbook(dir());
    const original = readFileSync(input);
    const report = await runOnce(input, { inPlace: true });
    expect(report.mode).toBe("in-place");
    expect(readFileSync(path.join(dir(), "audits.backup.xlsx")).equals(original)).toBe(true);
    const afterFirst = await snapshots(input);
    await runOnce(input, { inPlace: true });
    expect(await snapshots(input)).toEqual(afterFirst);
    expect((await openBook(input)).worksheets).toHaveLength(6);
  });

  it("keeps users' edits in the Action Tracker and carries an overdue action forward on a later date", async () => {
    const input = await makeAuditWorkbook(dir());
    await runOnce(input, { inPlace: true });
    const book = await openBook(input);
    const tracker = book.getWorksheet("Action Tracker") as ExcelJS.Worksheet;
    tracker.getCell("I2").value = "Buddy Team B with Team A at handover";
    tracker.getCell("O2").value = "In progress";
    tracker.getCell("R2").value = "Discussed at governance meeting";
    await book.xlsx.writeFile(input);

    const later: WorkbookAnalysis = { ...workbookAnalysis(careRecords()), asOf: 46084 + 20 };
    await runOnce(input, { inPlace: true }, later);
    const updated = (await openBook(input)).getWorksheet("Action Tracker") as ExcelJS.Worksheet;
    expect(updated.getCell("D2").value).toBe("Team B");
    expect(updated.getCell("I2").value).toBe("Buddy Team B with Team A at handover");
    expect(updated.getCell("O2").value).toBe("In progress");
    expect(updated.getCell("R2").value).toBe("Discussed at governance meeting");
    expect(updated.getCell("P2").value).toBe(1);
    expect(updated.getCell("M2").value).toEqual(new Date(Date.UTC(2026, 2, 31)));
    // The location action is kept though the location analysis is not in this run.
    expect(updated.getCell("D4").value).toBe("Hillview");
  });

  it("leaves a user's own sheet called Action Tracker alone and writes ours beside it", async () => {
    const input = await makeAuditWorkbook(dir(), "audits.xlsx", { userActionTracker: true });
    const report = await runOnce(input);
    const output = await openBook(report.outPath);
    expect(output.worksheets.map((s) => s.name)).toContain("Action Tracker (CQC)");
    expect(await snapshots(report.outPath, ["Action Tracker"])).toEqual(await snapshots(input, ["Action Tracker"]));
    const again = await runOnce(input);
    expect((await openBook(again.outPath)).worksheets.map((s) => s.name).filter((n) => n.startsWith("Action Tracker"))).toEqual(["Action Tracker", "Action Tracker (CQC)"]);
  });

  it("refuses to touch a protected sheet of ours, with a message naming it, and writes nothing", async () => {
    const input = await makeAuditWorkbook(dir());
    await runOnce(input, { inPlace: true });
    const book = await openBook(input);
    await (book.getWorksheet("Action Tracker") as ExcelJS.Worksheet).protect("pw", {});
    await book.xlsx.writeFile(input);
    const before = readFileSync(input);
    await expect(runOnce(input, { inPlace: true })).rejects.toThrow(new WorkbookFileError("protected-sheet", 'The sheet "Action Tracker" in audits.xlsx is protected, so it cannot be updated. Unprotect it (Review > Unprotect Sheet) and run again; nothing was written.'));
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("writes a user's protected sheet back unchanged", async () => {
    const input = await makeAuditWorkbook(dir(), "audits.xlsx", { protectNotes: true });
    const report = await runOnce(input);
    expect(((await openBook(report.outPath)).getWorksheet("Notes") as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
    expect(await snapshots(report.outPath, ["Notes"])).toEqual(await snapshots(input, ["Notes"]));
  });

  it("updates a workbook with a chart part in place, carrying the part over byte for byte after a backup", async () => {
    const input = await makeAuditWorkbook(dir());
    const zip = await JSZip.loadAsync(readFileSync(input));
    zip.file("xl/charts/chart1.xml", "<c:chartSpace/>");
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
    const before = readFileSync(input);
    const report = await runOnce(input, { inPlace: true });
    expect(report).toEqual({ mode: "in-place", outPath: input, backupPath: path.join(dir(), "audits.backup.xlsx"), messages: ["The previous version was saved as audits.backup.xlsx."] });
    expect(readFileSync(path.join(dir(), "audits.backup.xlsx")).equals(before)).toBe(true);
    const written = await JSZip.loadAsync(readFileSync(input));
    expect(await written.file("xl/charts/chart1.xml").async("string")).toBe("<c:chartSpace/>");
    expect((await openBook(input)).worksheets.map((s) => s.name)).toEqual(["Care record audits", "Notes", "Team Comparison Tracker", "Action Tracker", "Location Assurance Dashboard", "Assurance Summary"]);
  });

  it("refuses a workbook whose structure is protected", async () => {
    const input = await makeAuditWorkbook(dir());
    const zip = await JSZip.loadAsync(readFileSync(input));
    const xml: string = await zip.file("xl/workbook.xml").async("string");
    zip.file("xl/workbook.xml", xml.replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>'));
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
    await expect(runOnce(input)).rejects.toMatchObject({ problem: "protected-structure" });
    expect(existsSync(path.join(dir(), "audits.assured.xlsx"))).toBe(false);
  });
});

describe("openWorkbookFile", () => {
  const dir = useTempDir();

  it.each([
    ["missing.xlsx", null, "not-found", /missing\.xlsx was not found\./],
    ["renamed.xlsx", "Team,Score\nA,90\n", "not-xlsx", /^renamed\.xlsx is not an Excel \.xlsx workbook/],
    ["empty.xlsx", "", "not-xlsx", /^empty\.xlsx is empty \(0 bytes\)/],
    ["locked.xlsx", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), "encrypted", /^locked\.xlsx is password-protected/],
  ])("gives a clear message for %s", async (name, content, problem, message) => {
    const file = path.join(dir(), name);
    if (content !== null) writeFileSync(file, content);
    const error = await openWorkbookFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect(error).toMatchObject({ problem, message: expect.stringMatching(message) });
  });

  it("says a workbook without sheets is empty", async () => {
    const file = path.join(dir(), "nosheets.xlsx");
    await new ExcelJS.Workbook().xlsx.writeFile(file);
    await expect(openWorkbookFile(file)).rejects.toMatchObject({ problem: "empty", message: "nosheets.xlsx has no sheets." });
  });
});
