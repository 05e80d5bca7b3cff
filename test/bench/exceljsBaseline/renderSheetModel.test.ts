import ExcelJS from "exceljs";
import path from "node:path";
import { applySheetModels } from "../../../bench/exceljsBaseline/applySheetModels";
import { listSheets } from "../../../bench/exceljsBaseline/listSheets";
import { renderSheetModel } from "../../../bench/exceljsBaseline/renderSheetModel";
import { buildOutputSheets } from "../../../src/core/sheets";
import { workbookAnalysis } from "../../core/sheets/fixtures/analyses";
import { openBook } from "../../xlsx/fixtures/sheetSnapshot";
import { useTempDir } from "../../xlsx/fixtures/tempDir";

describe("renderSheetModel", () => {
  const dir = useTempDir();

  async function writtenAndReadBack(): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    const { models } = buildOutputSheets(workbookAnalysis(), { existingSheets: [], existingActionTracker: null });
    applySheetModels(workbook, models, "test.xlsx");
    const file = path.join(dir(), "rendered.xlsx");
    await workbook.xlsx.writeFile(file);
    return openBook(file);
  }

  it("writes percentages, dates and counts with their number formats", async () => {
    const book = await writtenAndReadBack();
    const tracker = book.getWorksheet("Team Comparison Tracker") as ExcelJS.Worksheet;
    let teamBRow = 0;
    tracker.eachRow((row, n) => {
      if (row.getCell(1).value === "Team B") teamBRow = n;
    });
    expect(tracker.getCell(teamBRow, 3).value).toBe(0.78);
    expect(tracker.getCell(teamBRow, 3).numFmt).toBe("0%");
    expect(tracker.getCell(teamBRow, 7).numFmt).toBe("+0.0;-0.0;0.0");
    const actions = book.getWorksheet("Action Tracker") as ExcelJS.Worksheet;
    expect(actions.getCell("L2").value).toEqual(new Date(Date.UTC(2026, 2, 3)));
    expect(actions.getCell("L2").numFmt).toBe("dd/mm/yyyy");
    expect(actions.getCell("P2").value).toBe(0);
  });

  it("gives the status column a dropdown of the four statuses", async () => {
    const actions = (await writtenAndReadBack()).getWorksheet("Action Tracker") as ExcelJS.Worksheet;
    expect(actions.getCell("O1").value).toBe("Status");
    for (const address of ["O2", "O4", "O204"]) {
      expect(actions.getCell(address).dataValidation).toMatchObject({ type: "list", formulae: ['"Open,In progress,Ready to close,Closed"'], showErrorMessage: true });
    }
  });

  it("stores a formula-looking group name as text, never as a formula", async () => {
    const book = await writtenAndReadBack();
    for (const sheet of [book.getWorksheet("Team Comparison Tracker"), book.getWorksheet("Action Tracker")] as ExcelJS.Worksheet[]) {
      let found: ExcelJS.Cell | null = null;
      sheet.eachRow((row) => row.eachCell((cell) => {
        if (cell.value === "=SUM(A1)") found = cell;
      }));
      expect(found).not.toBeNull();
      const cell = found as unknown as ExcelJS.Cell;
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt).toBe("@");
    }
  });

  it("writes the Action Tracker as a table with filters, a frozen header and a hidden key column", async () => {
    const actions = (await writtenAndReadBack()).getWorksheet("Action Tracker") as ExcelJS.Worksheet;
    const table = actions.getTable("CQC_ActionTracker") as unknown as { table: { tableRef: string; columns: { name: string; filterButton: boolean }[] } };
    expect(table.table.tableRef).toBe("A1:T4");
    expect(table.table.columns.every((c) => c.filterButton)).toBe(true);
    expect(actions.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(actions.getColumn(20).hidden).toBe(true);
    expect(actions.getCell("A1").font?.bold).toBe(true);
  });

  it("writes conditional formats: cell rules, colour scales, data bars and icon sets", async () => {
    const book = await writtenAndReadBack();
    const types = (name: string) => ((book.getWorksheet(name) as ExcelJS.Worksheet).model as unknown as { conditionalFormattings: { rules: { type: string }[] }[] }).conditionalFormattings.flatMap((f) => f.rules.map((r) => r.type));
    expect(new Set(types("Location Assurance Dashboard"))).toEqual(new Set(["dataBar", "iconSet", "cellIs", "colorScale"]));
    expect(new Set(types("Action Tracker"))).toEqual(new Set(["cellIs", "expression"]));
  });

  it("marks each sheet as ours with a defined name, in the workbook as read back", async () => {
    const book = await writtenAndReadBack();
    expect(listSheets(book).map((s) => [s.name, s.ownedByAddin, s.role])).toEqual([
      ["Team Comparison Tracker", true, "team-comparison"],
      ["Action Tracker", true, "action-tracker"],
      ["Location Assurance Dashboard", true, "location-dashboard"],
      ["Assurance Summary", true, "assurance-summary"],
    ]);
  });

  it("renders a sheet on its own without a marker (applySheetModels writes markers)", () => {
    const workbook = new ExcelJS.Workbook();
    const { models } = buildOutputSheets(workbookAnalysis(), { existingSheets: [], existingActionTracker: null });
    const sheet = renderSheetModel(workbook, models[3]);
    expect(sheet.getCell("A1").value).toBe("Assurance Summary");
    expect(workbook.definedNames.model).toEqual([]);
  });
});
