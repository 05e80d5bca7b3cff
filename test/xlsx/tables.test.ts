import { XlsxWorkbook } from "../../src/xlsx";
import { workbookWithTableBytes, workbookWithTwoTablesBytes } from "./fixtures/workbookWithTable";

async function workbookWithTable(): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBytes(await workbookWithTableBytes(), "audits.xlsx");
}

describe("Excel tables in .xlsx files", () => {
  it("lists each table with its sheet and the cells its reference covers, read back from the file", async () => {
    const book = await workbookWithTable();
    expect(await book.listTables()).toEqual([{ name: "CareRecordAudits", sheet: "Audits", range: { top: 3, left: 2, bottom: 6, right: 4 } }]);
  });

  it("reads a table's cells only, header first, keeping the sheet's own row and column numbers", async () => {
    const book = await workbookWithTable();
    const [grid] = await book.readTables(["carerecordaudits", "NoSuchTable"]);
    expect(grid).toMatchObject({ sheet: "Audits", table: "CareRecordAudits", firstRow: 3, firstColumn: 2, file: "audits.xlsx" });
    expect(grid.values).toEqual([
      ["Audit date", "Team", "Score"],
      [new Date(Date.UTC(2026, 0, 5)), "Team A", 90],
      [new Date(Date.UTC(2026, 0, 5)), "Team B", 78],
      [new Date(Date.UTC(2026, 0, 12)), "Team A", null],
    ]);
  });
});

describe("readSheetsByTable", () => {
  it("reads a sheet holding two tables as one grid per table, and any other sheet whole", async () => {
    const book = await XlsxWorkbook.fromBytes(await workbookWithTwoTablesBytes(), "shifts.xlsx");
    const grids = await book.readSheetsByTable(["Shift audits"]);
    expect(grids.map((grid) => [grid.table, grid.firstRow, grid.firstColumn, grid.values.length, grid.values[0]])).toEqual([
      ["DayAudits", 2, 1, 11, ["Audit date", "Team", "Score"]],
      ["NightAudits", 2, 5, 11, ["Audit date", "Team", "Score"]],
    ]);
    const single = await XlsxWorkbook.fromBytes(await workbookWithTableBytes(), "audits.xlsx");
    expect((await single.readSheetsByTable(["Audits"])).map((grid) => [grid.table, grid.firstRow, grid.firstColumn])).toEqual([[null, 1, 1]]);
  });
});
