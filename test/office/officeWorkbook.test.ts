import { addinMarker } from "../../src/core/sheets/addinMarker";
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { WorkbookAccessError } from "../../src/office/workbookAccessError";
import { auditLogValues } from "./fixtures/auditLogValues";
import { sheetModels } from "./fixtures/sheetModels";
import { FakeExcel } from "./fakeExcel";

const fourMegabytes = 4 * 1024 * 1024;

function workbookWithAuditLog(rows: number, options: { groups?: number; longCommentsFrom?: number } = {}): FakeExcel {
  return new FakeExcel({
    sheets: [
      { name: "Read me", values: [["How this workbook is kept"], ["Audits are entered weekly."]] },
      { name: "Care record audits", values: [["Care record audits 2026"], [], ...auditLogValues(rows, options)] },
      { name: "Actions", values: [["Action", "Owner"], ["Review handover", "Registered manager"]] },
    ],
  });
}

/** What the task pane does: list, read, read the Action Tracker to merge, write the four sheets. */
async function readAndWrite(excel: FakeExcel, groups: number): Promise<void> {
  const workbook = new OfficeWorkbook(excel.run);
  await workbook.listSheets();
  await workbook.readSources([{ kind: "sheet", sheet: "Care record audits" }]);
  await workbook.readOwnSheet("Action Tracker");
  await workbook.writeSheetsReporting(sheetModels(groups), { token: "t1" });
}

function userSheetMutations(excel: FakeExcel, userSheets: string[]): string[] {
  return excel.mutations.filter((mutation) => mutation.sheetName !== null && userSheets.includes(mutation.sheetName)).map((mutation) => `${mutation.sheetName}: ${mutation.kind}`);
}

describe("OfficeWorkbook.readSources", () => {
  it("reads a 100,000-row audit log exactly, in a few syncs each under 4 MB", async () => {
    const excel = workbookWithAuditLog(100_000);
    const [grid] = await new OfficeWorkbook(excel.run).readSources([{ kind: "sheet", sheet: "Care record audits" }]);

    expect(grid.sheet).toBe("Care record audits");
    expect(grid.firstRow).toBe(1);
    expect(grid.values).toHaveLength(100_003);
    expect(grid.values[3]).toEqual(auditLogValues(1)[1]);
    expect(grid.values[100_002]).toEqual(auditLogValues(100_000)[100_000]);
    expect(excel.syncs.length).toBeLessThanOrEqual(5);
    expect(excel.largestPayloadBytes()).toBeLessThanOrEqual(fourMegabytes);
  });

  it("reads a table with its header row and names the sheet it is on", async () => {
    const excel = new FakeExcel({
      sheets: [{ name: "Scores", values: [["Scores by location"], [], ["Week", "Location", "Score"], [46027, "Oak House", 0.82], [46034, "Willow Court", 0.91]] }],
      tables: [{ name: "LocationScores", sheet: "Scores", address: "A3:C5" }],
    });
    const [grid] = await new OfficeWorkbook(excel.run).readSources([{ kind: "table", table: "LocationScores" }]);
    expect(grid).toEqual({ sheet: "Scores", table: "LocationScores", firstRow: 3, firstColumn: 1, values: [["Week", "Location", "Score"], [46027, "Oak House", 0.82], [46034, "Willow Court", 0.91]], file: null });
  });

  it("splits a batch Excel refuses as too large (long comments below the sampled rows) and still reads every row", async () => {
    const excel = workbookWithAuditLog(12_000, { longCommentsFrom: 2_000 });
    const [grid] = await new OfficeWorkbook(excel.run).readSources([{ kind: "sheet", sheet: "Care record audits" }]);
    expect(grid.values).toHaveLength(12_003);
    expect(String(grid.values[11_000][11])).toMatch(/^Detailed handover note/);
    expect(excel.syncs.some((sync) => sync.failed === "RequestPayloadSizeLimitExceeded" || sync.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(Math.max(...excel.syncs.filter((sync) => sync.failed === null).map((sync) => sync.responseBytes))).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it("reports a sheet that has gone in words, naming it", async () => {
    const excel = workbookWithAuditLog(10);
    await expect(new OfficeWorkbook(excel.run).readGrids(["Old audits"])).rejects.toMatchObject({ code: "sheet-not-found", sheet: "Old audits" });
  });
});

describe("OfficeWorkbook read and full write", () => {
  it("takes at most 10 syncs for a 100,000-row table, none carrying more than 4 MB", async () => {
    const excel = workbookWithAuditLog(100_000);
    await readAndWrite(excel, 24);
    expect(excel.syncs.length).toBeLessThanOrEqual(10);
    expect(excel.largestPayloadBytes()).toBeLessThanOrEqual(fourMegabytes);
    // The only refused batch is the Action Tracker that is not there yet (ItemNotFound means "none").
    expect(excel.syncs.filter((sync) => sync.failed !== null).map((sync) => sync.failed)).toEqual(["ItemNotFound"]);
  });

  it("takes the same number of syncs for 3 groups as for 300", async () => {
    const few = workbookWithAuditLog(20_000, { groups: 3 });
    const many = workbookWithAuditLog(20_000, { groups: 300 });
    await readAndWrite(few, 3);
    await readAndWrite(many, 300);
    expect(many.syncs.length).toBe(few.syncs.length);
  });

  it("grows with rows only through the block size", async () => {
    const small = workbookWithAuditLog(1_000);
    const large = workbookWithAuditLog(200_000);
    await readAndWrite(small, 10);
    await readAndWrite(large, 10);
    const largeBytes = large.syncs.reduce((total, sync) => total + sync.responseBytes, 0);
    expect(large.syncs.length - small.syncs.length).toBeLessThanOrEqual(Math.ceil(largeBytes / fourMegabytes));
    expect(large.syncs.length).toBeGreaterThan(small.syncs.length);
  });

  it("suspends calculation in every sync that writes, and writes nothing with events on", async () => {
    const excel = workbookWithAuditLog(1_000);
    await new OfficeWorkbook(excel.run).writeSheetsReporting(sheetModels(8), { token: "t1" });
    const writingSyncs = excel.syncs.filter((sync, index) => excel.mutations.some((mutation) => mutation.sync === index + 1));
    expect(writingSyncs.length).toBeGreaterThan(0);
    expect(writingSyncs.every((sync) => sync.calculationSuspended)).toBe(true);
    expect(excel.syncs.reduce((total, sync) => total + sync.changesWithEventsOn, 0)).toBe(0);
    expect(excel.enableEvents).toBe(true);
  });
});

describe("OfficeWorkbook.writeSheets", () => {
  it("writes the four sheets, marked as the add-in's, with tables, dropdowns, formats and charts", async () => {
    const excel = workbookWithAuditLog(100);
    await new OfficeWorkbook(excel.run).writeSheetsReporting(sheetModels(5), { token: "t1" });

    expect(excel.sheetNames()).toEqual(["Read me", "Care record audits", "Actions", "Team Comparison Tracker", "Action Tracker", "Location Assurance Dashboard", "Assurance Summary"]);
    expect(addinMarker.read(excel.names.map((name) => ({ name: name.name, refersTo: excel.nameFormula(name) })))).toHaveLength(4);
    expect(excel.tables.map((table) => table.name)).toEqual(["CQC_ActionTracker"]);
    expect(excel.cell("Team Comparison Tracker", "A4")).toBe("Team 1");
    expect(excel.cell("Action Tracker", "F2")).toBe(46080);
    expect(excel.sheet("Action Tracker").numberFormats.get("1,5")).toBe("dd/mm/yyyy");
    expect(excel.sheet("Team Comparison Tracker").formulas.get("3,6")).toBe("=CQC.VARIATION(Audits[Score],Audits[Team])");
    const dashboard = excel.sheet("Location Assurance Dashboard").recorded.map((entry) => entry.path);
    expect(dashboard.filter((path) => path === "charts.add()")).toHaveLength(2);
    expect(dashboard).toContain("conditionalFormats.add().iconSet.criteria");
    expect(excel.sheet("Action Tracker").recorded.some((entry) => entry.path === "dataValidation.rule")).toBe(true);
    expect(excel.sheets.every((sheet) => sheet.visibility === "Visible")).toBe(true);
    const heights = excel.sheet("Assurance Summary").recorded.filter((entry) => entry.path === "format.rowHeight");
    expect(heights.map((entry) => [entry.address, entry.value])).toEqual([
      ["A2:XFD3", 30],
      ["A5:XFD5", 45],
    ]);
  });

  it("keeps text as text: a group named like a formula, a period label and a minus sign", async () => {
    const excel = workbookWithAuditLog(10);
    await new OfficeWorkbook(excel.run).writeSheetsReporting(sheetModels(3), { token: "t1" });
    expect(excel.cell("Team Comparison Tracker", "A5")).toBe('=HYPERLINK("x")');
    expect(excel.sheet("Team Comparison Tracker").formulas.has("4,0")).toBe(false);
    expect(excel.cell("Team Comparison Tracker", "A2")).toBe("Jan 2026");
    expect(excel.cell("Assurance Summary", "A3")).toBe("-5 points on last month for nights");
  });

  it("points a formula at another sheet of the same write to the new sheet", async () => {
    const excel = workbookWithAuditLog(10);
    await new OfficeWorkbook(excel.run).writeSheetsReporting(sheetModels(5), { token: "t1" });
    expect(excel.sheet("Location Assurance Dashboard").formulas.get("7,1")).toBe("='CQC writing 1 t1'!A1");
  });

  it("refreshes its own sheets in place of the old ones and leaves every user sheet untouched", async () => {
    const excel = workbookWithAuditLog(100);
    const workbook = new OfficeWorkbook(excel.run);
    await workbook.writeSheetsReporting(sheetModels(5), { token: "t1" });
    const trackerPosition = excel.sheetNames().indexOf("Action Tracker");
    excel.mutations.length = 0;

    await workbook.writeSheetsReporting(sheetModels(9), { token: "t2" });

    expect(excel.sheetNames().indexOf("Action Tracker")).toBe(trackerPosition);
    expect(excel.sheetNames()).toHaveLength(7);
    expect(excel.cell("Action Tracker", "C10")).toBe("Team 9");
    expect(excel.tables.map((table) => table.name)).toEqual(["CQC_ActionTracker"]);
    expect(excel.names.map((name) => excel.nameFormula(name)).sort()).toEqual(
      ["='Action Tracker'!$A$1", "='Assurance Summary'!$A$1", "='Location Assurance Dashboard'!$A$1", "='Team Comparison Tracker'!$A$1"].sort(),
    );
    expect(userSheetMutations(excel, ["Read me", "Care record audits", "Actions"])).toEqual([]);
  });

  it("refuses to write over a sheet the user made, and leaves nothing behind", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Audits", values: [["Team", "Score"]] }, { name: "Action Tracker", values: [["My own actions"]] }] });
    const before = excel.sheetNames();
    const write = new OfficeWorkbook(excel.run).writeSheetsReporting(sheetModels(4), { token: "t1" });
    await expect(write).rejects.toMatchObject({ code: "user-sheet-in-the-way", sheet: "Action Tracker" });
    expect(excel.sheetNames()).toEqual(before);
    expect(excel.cell("Action Tracker", "A1")).toBe("My own actions");
    expect(userSheetMutations(excel, before)).toEqual([]);
    expect(excel.names).toEqual([]);
  });

  it("says so when its own sheet has been protected, and leaves it as it was", async () => {
    const excel = workbookWithAuditLog(10);
    const workbook = new OfficeWorkbook(excel.run);
    await workbook.writeSheetsReporting(sheetModels(3), { token: "t1" });
    excel.sheet("Action Tracker").protected = true;
    const names = excel.sheetNames();
    await expect(workbook.writeSheetsReporting(sheetModels(3), { token: "t2" })).rejects.toMatchObject({ code: "sheet-protected", sheet: "Action Tracker" });
    expect(excel.sheetNames()).toEqual(names);
  });

  it("leaves no half-written sheet when Excel fails part-way through the content", async () => {
    const excel = workbookWithAuditLog(10);
    const workbook = new OfficeWorkbook(excel.run);
    await workbook.writeSheetsReporting(sheetModels(3), { token: "t1" });
    const before = excel.sheetNames();
    const trackerCell = excel.cell("Team Comparison Tracker", "A4");
    excel.failWhen = (command) => command.kind === "charts.add()";

    const write = workbook.writeSheetsReporting(sheetModels(6), { token: "t2" });
    await expect(write).rejects.toBeInstanceOf(WorkbookAccessError);
    await expect(write).rejects.toMatchObject({ code: "write-failed" });
    expect(excel.sheetNames()).toEqual(before);
    expect(excel.cell("Team Comparison Tracker", "A4")).toBe(trackerCell);
    expect(excel.enableEvents).toBe(true);
  });

  it("leaves no half-written sheet when the first write fails", async () => {
    const excel = workbookWithAuditLog(10);
    const before = excel.sheetNames();
    excel.failWhen = (command) => command.kind === "conditionalFormats.add()";
    await expect(new OfficeWorkbook(excel.run).writeSheetsReporting(sheetModels(6), { token: "t1" })).rejects.toMatchObject({ code: "write-failed" });
    expect(excel.sheetNames()).toEqual(before);
    expect(excel.names).toEqual([]);
  });

  it("finishes a swap that failed half-way with whole sheets only", async () => {
    const excel = workbookWithAuditLog(10);
    const workbook = new OfficeWorkbook(excel.run);
    await workbook.writeSheetsReporting(sheetModels(3), { token: "t1" });
    let renames = 0;
    excel.failWhen = (command) => command.kind === "worksheet.name" && ++renames === 3;

    await expect(workbook.writeSheetsReporting(sheetModels(5), { token: "t2" })).rejects.toMatchObject({ code: "write-failed" });
    excel.failWhen = null;
    expect(excel.sheetNames().filter((name) => name.startsWith("CQC writing"))).toEqual([]);
    expect(excel.sheetNames()).toEqual(expect.arrayContaining(["Team Comparison Tracker", "Action Tracker", "Location Assurance Dashboard", "Assurance Summary"]));
    expect(excel.cell("Action Tracker", "C6")).toBe("Team 5");
  });

  it("reports progress through the syncs", async () => {
    const excel = workbookWithAuditLog(10);
    const stages: string[] = [];
    await new OfficeWorkbook(excel.run).writeSheetsReporting(sheetModels(3), { token: "t1", onProgress: (progress) => stages.push(`${progress.stage} ${progress.completed}/${progress.total}`) });
    expect(stages).toEqual(["writing 1/2", "replacing 1/2", "done 2/2"]);
  });
});

describe("OfficeWorkbook.readOwnSheet", () => {
  it("returns the values of the add-in's own sheet", async () => {
    const excel = workbookWithAuditLog(10);
    const workbook = new OfficeWorkbook(excel.run);
    await workbook.writeSheetsReporting(sheetModels(2), { token: "t1" });
    const values = await workbook.readOwnSheet("Action Tracker");
    expect(values?.[0][0]).toBe("Action ID");
    expect(values).toHaveLength(3);
  });

  it("returns null for a user's sheet of that name and for a missing sheet", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Action Tracker", values: [["Mine"]] }] });
    const workbook = new OfficeWorkbook(excel.run);
    expect(await workbook.readOwnSheet("Action Tracker")).toBeNull();
    expect(await workbook.readOwnSheet("Assurance Summary")).toBeNull();
  });
});

describe("OfficeWorkbook.listSources", () => {
  it("lists sheets and tables with their sizes in two syncs", async () => {
    const excel = new FakeExcel({
      sheets: [
        { name: "Notes", values: [] },
        { name: "Scores", values: [["Week", "Location", "Score"], [46027, "Oak House", 0.82], [46034, "Willow Court", 0.91]] },
      ],
      tables: [{ name: "LocationScores", sheet: "Scores", address: "A1:C3" }],
    });
    const sources = await new OfficeWorkbook(excel.run).listSources();
    expect(sources.sheets.map(({ name, address, rowCount, columnCount, blank, ownedByAddin }) => ({ name, address, rowCount, columnCount, blank, ownedByAddin }))).toEqual([
      { name: "Notes", address: "A1", rowCount: 1, columnCount: 1, blank: true, ownedByAddin: false },
      { name: "Scores", address: "A1:C3", rowCount: 3, columnCount: 3, blank: false, ownedByAddin: false },
    ]);
    expect(sources.tables).toEqual([{ name: "LocationScores", sheet: "Scores", address: "A1:C3", rowCount: 3, columnCount: 3 }]);
    expect(excel.syncs).toHaveLength(2);
  });
});

describe("OfficeWorkbook.writeSheets when our sheet is the only visible one", () => {
  it("makes the new sheet visible before deleting the old one, so Excel does not refuse", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Audits", values: [["Date", "Team", "Score"]] }] });
    const workbook = new OfficeWorkbook(excel.run);
    await workbook.writeSheetsReporting(sheetModels(3), { token: "t1" });
    for (const sheet of excel.sheets) if (sheet.name !== "Team Comparison Tracker") sheet.visibility = "Hidden";
    excel.activeSheetId = excel.sheet("Team Comparison Tracker").id;
    await expect(workbook.writeSheetsReporting(sheetModels(3), { token: "t2" })).resolves.toHaveLength(4);
    expect(excel.visibleSheets().map((sheet) => sheet.name)).toContain("Team Comparison Tracker");
  });
});
