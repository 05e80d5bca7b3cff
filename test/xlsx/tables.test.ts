import { XlsxWorkbook } from "../../src/xlsx";
import { workbookWithTableBytes } from "./fixtures/workbookWithTable";

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
