// Rows dated after the review date: left out with that reason, so that rows read = rows used + rows
// left out holds in the JSON, the command line's "Rows read" section and the Assurance Summary.
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { WorkbookAnalysis } from "../../src/core/compare";
import { openBook } from "../xlsx/fixtures/sheetSnapshot";
import { useTempDir } from "../xlsx/fixtures/tempDir";
import { fakeIo } from "./fakeIo";

/**
 * 40 audits every second day from Monday 02/02/2026, alternating Team A and Team B (as a falls audit
 * kept into April). 02/02 + 56 days = 30/03 (row 30, audit 29); 02/02 + 58 days = 01/04: audits
 * 30-40 (11 rows, 41 down to 31) are after the review date 31/03/2026.
 */
async function fallsAudit(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Falls audit");
  sheet.addRow(["Date", "Team", "Score"]);
  for (let i = 0; i < 40; i++) sheet.addRow([new Date(Date.UTC(2026, 1, 2 + i * 2)), i % 2 ? "Team B" : "Team A", i % 2 ? 0.77 : 0.93]);
  sheet.getColumn(1).numFmt = "dd/mm/yyyy";
  await book.xlsx.writeFile(file);
}

describe("cqc-recovery analyse with rows after the review date", () => {
  const dir = useTempDir();

  it("counts them as left out in the JSON, and analyses only the rows up to the review date", async () => {
    const input = path.join(dir(), "falls.xlsx");
    await fallsAudit(input);
    const io = fakeIo();
    expect(await main(["analyse", input, "--json", "--as-of", "31/03/2026", "--out", path.join(dir(), "out.xlsx")], io)).toBe(0);
    const analysis = (JSON.parse(io.out()) as WorkbookAnalysis).analyses[0];
    const source = analysis.sources[0];
    expect([source.rowsRead, source.rowsUsed]).toEqual([40, 29]);
    expect(source.rowsLeftOut).toEqual([{ reason: "row dated after the review date 31/03/2026", count: 11 }]);
    // 29 records: 15 for Team A (audits 1, 3 ... 29) and 14 for Team B.
    expect(analysis.service.records).toBe(29);
    expect(analysis.freshness?.sentence).toBe("Latest data: 30/03/2026.");
  });

  it("says so under Rows read and in the Assurance Summary", async () => {
    const input = path.join(dir(), "falls.xlsx");
    const output = path.join(dir(), "falls.assured.xlsx");
    await fallsAudit(input);
    const io = fakeIo();
    expect(await main(["analyse", input, "--as-of", "31/03/2026", "--out", output], io)).toBe(0);
    const counted = "40 rows read: 29 used, 11 left out (11 rows dated after the review date 31/03/2026).";
    expect(io.out()).toContain(`sheet "Falls audit": ${counted}`);
    const summary = (await openBook(output)).getWorksheet("Assurance Summary") as ExcelJS.Worksheet;
    const lines: string[] = [];
    summary.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "string" && lines.push(cell.value))));
    expect(lines.some((line) => line.includes(counted))).toBe(true);
  });
});
