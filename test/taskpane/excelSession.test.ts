import { addinMarker } from "../../src/core/sheets/addinMarker";
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { excelSession } from "../../src/taskpane/session/excelSession";
import { FakeExcel } from "../office/fakeExcel";
import { sheetPlans } from "../office/fixtures/sheetModels";

function memorySettings() {
  let value: unknown = null;
  return { load: () => value, save: async (next: unknown) => void (value = next) };
}

describe("excelSession", () => {
  it("lists tables first, then sheets with data, leaving out the add-in's own and blank sheets", async () => {
    const excel = new FakeExcel({
      sheets: [
        { name: "Scores", values: [["Week", "Location", "Score"], [46027, "Oak House", 0.82]] },
        { name: "Blank", values: [] },
        { name: "Assurance Summary", values: [["Assurance Summary"]] },
      ],
      tables: [{ name: "LocationScores", sheet: "Scores", address: "A1:C2" }],
      names: [{ name: addinMarker.forSheet("assurance-summary", "Assurance Summary").definedName, sheet: "Assurance Summary", address: "$A$1" }],
    });
    const session = excelSession(new OfficeWorkbook(excel.run), memorySettings());
    expect(await session.listSources()).toEqual([
      { name: "LocationScores", kind: "table", sheet: "Scores", rowCount: 2, columnCount: 3, hidden: false },
      { name: "Scores", kind: "sheet", sheet: "Scores", rowCount: 2, columnCount: 3, hidden: false },
    ]);
  });

  it("previews every source in one sync", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Scores", values: [["Week", "Score"], [46027, 0.82]] }, { name: "More", values: [["Team", "Score"], ["Team A", 0.9]] }] });
    const session = excelSession(new OfficeWorkbook(excel.run), memorySettings());
    const sources = await session.listSources();
    const syncsBefore = excel.syncs.length;
    const previews = await session.previewSources(sources);
    expect(previews.map((preview) => preview.grid.values)).toEqual([
      [["Week", "Score"], [46027, 0.82]],
      [["Team", "Score"], ["Team A", 0.9]],
    ]);
    expect(excel.syncs.length - syncsBefore).toBe(1);
  });

  it("reports the write's progress in words", async () => {
    const excel = new FakeExcel({ sheets: [{ name: "Audits", values: [["Team", "Score"]] }] });
    const session = excelSession(new OfficeWorkbook(excel.run), memorySettings());
    const labels: string[] = [];
    const written = await session.writeSheets(sheetPlans(3), (stage) => labels.push(stage.label));
    expect(labels).toEqual(["Writing the sheets (1 of 3 steps)…", "Writing the sheets (2 of 3 steps)…", "Naming the new sheets…", "All four sheets are written."]);
    expect(written.map((sheet) => sheet.name)).toEqual(["Team Comparison Tracker", "Action Tracker", "Location Assurance Dashboard", "Assurance Summary"]);
  });
});
