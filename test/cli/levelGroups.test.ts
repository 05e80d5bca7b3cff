// Groups level in the latest period: the command line, the Location Assurance Dashboard and the
// Assurance Summary say they are level, and never name one group as both best and worst.
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { openBook, textsOf } from "../xlsx/fixtures/sheetSnapshot";
import { useTempDir } from "../xlsx/fixtures/tempDir";
import { fakeIo } from "./fakeIo";

/**
 * Two audits a week per floor for 12 weeks from Monday 05/01/2026: Floor 1 at 95% every week, Floors 2
 * and 3 rising 2 points a week from 75% to 95% (75 + 2 x 10, in w/c 16/03/2026) and staying there, so
 * all three are level in the latest complete week, w/c 16/03/2026 (w/c 23/03 ends after the last
 * audit on Wednesday 25/03, so it is a partial period).
 */
async function documentationAudit(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Documentation audit");
  sheet.addRow(["Date", "Team", "Score"]);
  for (let week = 0; week < 12; week++) {
    // Monday and Wednesday, so that the periods chosen from how often audits were done are weeks.
    for (const day of [0, 2]) {
      const date = new Date(Date.UTC(2026, 0, 5 + week * 7 + day));
      sheet.addRow([date, "Floor 1", 0.95]);
      for (const floor of ["Floor 2", "Floor 3"]) sheet.addRow([date, floor, Math.min(75 + 2 * week, 95) / 100]);
    }
  }
  sheet.getColumn(1).numFmt = "dd/mm/yyyy";
  await book.xlsx.writeFile(file);
}

describe("cqc-recovery analyse with teams level in the latest period", () => {
  const dir = useTempDir();

  it("says all three are level wherever the gap is written", async () => {
    const input = path.join(dir(), "documentation.xlsx");
    const output = path.join(dir(), "documentation.assured.xlsx");
    await documentationAudit(input);
    const io = fakeIo();
    expect(await main(["analyse", input, "--as-of", "31/03/2026", "--out", output], io)).toBe(0);
    const level = "latest w/c 16/03/2026: all 3 teams level at 95%";
    expect(io.out()).toContain(level);
    expect(io.out()).not.toMatch(/between (Floor \d) and \1\b/);
    const book = await openBook(output);
    for (const name of ["Location Assurance Dashboard", "Assurance Summary"]) {
      const texts = textsOf(book.getWorksheet(name) as ExcelJS.Worksheet);
      expect(texts.some((text) => text.includes(level))).toBe(true);
      expect(texts.filter((text) => /between (Floor \d) and \1\b/.test(text))).toEqual([]);
    }
  });
});
