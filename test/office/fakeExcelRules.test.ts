// The fake refuses what Excel refuses (fakeExcel.ts, excelRules.ts, excelTypeModel.ts): each rule is
// shown failing on a deliberate violation, and the adapter is shown keeping to it.
import type { ExcelContextApi } from "../../src/office/excelApi";
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { definedNameProblem, sheetNameProblem } from "./excelRules";
import { FakeExcel } from "./fakeExcel";
import { sheetModels, sheetPlans } from "./fixtures/sheetModels";

function userWorkbook(): FakeExcel {
  return new FakeExcel({ sheets: [{ name: "Audits", values: [["Date", "Team", "Score"]] }, { name: "Notes" }] });
}

/** Runs one batch on the fake and gives the error code Excel would raise, or "ok". */
async function outcome(excel: FakeExcel, batch: (context: ExcelContextApi) => void): Promise<string> {
  try {
    await excel.run(async (context) => {
      batch(context);
      await context.sync();
    });
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe("sheetNameProblem", () => {
  it.each([
    ["Team Comparison Tracker", null],
    ["x".repeat(31), null],
    ["x".repeat(32), "longer than 31"],
    ["Actions: March", "contains one of"],
    ["Q1/Q2", "contains one of"],
    ["[Draft]", "contains one of"],
    ["'Quoted", "apostrophe"],
    ["Quoted'", "apostrophe"],
    ["history", "reserved"],
    ["  ", "blank"],
  ])("judges %j", (name, expected) => {
    const problem = sheetNameProblem(name);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toContain(expected);
  });
});

describe("definedNameProblem", () => {
  it.each([
    ["CQCRecovery_action_tracker", null],
    ["_private.name", null],
    ["\\backslash", null],
    ["1stName", "must start"],
    ["two words", "must start"],
    ["A1", "cell reference"],
    ["xfd1048576", "cell reference"],
    ["R1C1", "R1C1"],
    ["r", "reserved"],
    ["x".repeat(256), "longer than 255"],
  ])("judges %j", (name, expected) => {
    const problem = definedNameProblem(name);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toContain(expected);
  });
});

describe("FakeExcel enforces Excel's rules", () => {
  it("refuses a bad sheet name when adding or renaming a sheet", async () => {
    const excel = userWorkbook();
    expect(await outcome(excel, (context) => context.workbook.worksheets.add("Actions: March"))).toBe("InvalidArgument");
    expect(await outcome(excel, (context) => (context.workbook.worksheets.getItem("Notes").name = "History"))).toBe("InvalidArgument");
    expect(excel.sheetNames()).toEqual(["Audits", "Notes"]);
  });

  it("refuses a defined name that breaks the syntax rules or clashes with a table", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Audits" }], tables: [{ name: "Scores", sheet: "Audits", address: "A1:C3" }] });
    const range = (context: ExcelContextApi) => context.workbook.worksheets.getItem("Audits").getRange("E1");
    expect(await outcome(excel, (context) => context.workbook.names.add("A1", range(context)))).toBe("InvalidArgument");
    expect(await outcome(excel, (context) => context.workbook.names.add("scores", range(context)))).toBe("ItemAlreadyExists");
    expect(await outcome(excel, (context) => context.workbook.names.add("CQCRecovery_scores", range(context)))).toBe("ok");
  });

  it("refuses a table name with a space or one already taken by a defined name", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Audits" }], names: [{ name: "Targets", sheet: "Audits", address: "$Z$1" }] });
    const table = (context: ExcelContextApi, address: string) => context.workbook.worksheets.getItem("Audits").tables.add(context.workbook.worksheets.getItem("Audits").getRange(address), true);
    expect(await outcome(excel, (context) => (table(context, "A1:B3").name = "Action Tracker"))).toBe("InvalidArgument");
    expect(await outcome(excel, (context) => (table(context, "D1:E3").name = "targets"))).toBe("ItemAlreadyExists");
  });

  it("refuses a table over merged cells, and over another table", async () => {
    const excel = userWorkbook();
    const sheet = (context: ExcelContextApi) => context.workbook.worksheets.getItem("Notes");
    expect(await outcome(excel, (context) => sheet(context).getRange("A1:C1").merge(false))).toBe("ok");
    expect(await outcome(excel, (context) => sheet(context).tables.add(sheet(context).getRange("A1:D5"), true))).toBe("InvalidOperation");
    expect(await outcome(excel, (context) => sheet(context).tables.add(sheet(context).getRange("A3:D5"), true))).toBe("ok");
    expect(await outcome(excel, (context) => sheet(context).tables.add(sheet(context).getRange("D5:E9"), true))).toBe("InvalidOperation");
  });

  it("puts a table added by bare address on the ACTIVE sheet, whichever sheet's collection is used", async () => {
    const excel = userWorkbook();
    expect(await outcome(excel, (context) => context.workbook.worksheets.getItem("Notes").tables.add("A1:B3", true))).toBe("ok");
    expect(excel.tables.map((table) => table.sheet.name)).toEqual(["Audits"]);
  });

  it("refuses to delete or hide the last visible sheet", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Audits" }, { name: "Old", visibility: "Hidden" }] });
    expect(await outcome(excel, (context) => context.workbook.worksheets.getItem("Audits").delete())).toBe("InvalidOperation");
    expect(await outcome(excel, (context) => (context.workbook.worksheets.getItem("Audits").visibility = "Hidden"))).toBe("InvalidOperation");
    expect(await outcome(excel, (context) => context.workbook.worksheets.getItem("Old").delete())).toBe("ok");
  });

  it("refuses text over 32,767 characters in a cell", async () => {
    const excel = userWorkbook();
    const write = (text: string) => outcome(excel, (context) => (context.workbook.worksheets.getItem("Notes").getRange("A1").values = [[text]]));
    expect(await write("x".repeat(32_767))).toBe("ok");
    expect(await write("x".repeat(32_768))).toBe("InvalidArgument");
  });

  it("refuses a property path @types/office-js does not declare", async () => {
    const excel = userWorkbook();
    const font = (context: ExcelContextApi) => context.workbook.worksheets.getItem("Notes").getRange("A1").format.font as unknown as Record<string, unknown>;
    expect(await outcome(excel, (context) => (font(context).bolt = true))).toBe("InvalidArgument");
    expect(await outcome(excel, (context) => (font(context).bold = "yes"))).toBe("InvalidArgument");
    expect(await outcome(excel, (context) => (font(context).bold = true))).toBe("ok");
  });

  it("refuses enum values Excel does not know, in conditional formats and charts", async () => {
    const excel = userWorkbook();
    const sheet = (context: ExcelContextApi) => context.workbook.worksheets.getItem("Notes");
    const add = (context: ExcelContextApi, type: string) => sheet(context).getRange("A1:A5").conditionalFormats.add(type as "ColorScale");
    expect(await outcome(excel, (context) => add(context, "Colorscale"))).toBe("InvalidArgument");
    expect(await outcome(excel, (context) => (add(context, "DataBar").dataBar.lowerBoundRule = { type: "Lowest" as "LowestValue" }))).toBe("InvalidArgument");
    expect(await outcome(excel, (context) => (add(context, "DataBar").dataBar.lowerBoundRule = { type: "LowestValue" }))).toBe("ok");
    const chart = (context: ExcelContextApi) => sheet(context).charts.add("Line", sheet(context).getRange("A1:B5"), "Rows");
    expect(await outcome(excel, (context) => (chart(context).legend.position = "Bottum" as "Bottom"))).toBe("InvalidArgument");
    expect(await outcome(excel, (context) => (chart(context).series.getItemAt(0).format.line.lineStyle = "Dashed" as "Dash"))).toBe("InvalidArgument");
    expect(await outcome(excel, (context) => (chart(context).series.getItemAt(0).format.line.lineStyle = "Dash"))).toBe("ok");
  });

  it("refuses a load() of a property Excel does not declare", async () => {
    const excel = userWorkbook();
    expect(await outcome(excel, (context) => context.workbook.worksheets.load("items/name,items/colour"))).toBe("InvalidArgument");
  });
});

describe("OfficeWorkbook.writeSheets under Excel's rules", () => {
  it("puts every table on its own sheet while the user has another sheet open", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Audits", values: [["Date", "Team", "Score"]] }, { name: "Notes" }], activeSheet: "Notes" });
    await new OfficeWorkbook(excel.run).writeSheets(sheetPlans(4), { token: "t1" });
    const ours = sheetModels(4).flatMap((model) => model.tables.map((table) => [table.name, model.name]));
    expect(excel.tables.map((table) => [table.name, table.sheet.name])).toEqual(ours);
    expect(excel.sheet("Notes").recorded).toEqual([]);
  });
});
