// A "Service: Riverside Nursing Home" title above a table of shifts: read as the one location, which
// has nothing to compare, so no location table, action or "lowest locations" headline.
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { WorkbookAnalysis } from "../../src/core/compare";
import { openBook, textsOf } from "../xlsx/fixtures/sheetSnapshot";
import { useTempDir } from "../xlsx/fixtures/tempDir";
import { fakeIo } from "./fakeIo";

/** Twelve weeks from Monday 05/01/2026, one audit a week per shift: Night at 70%, Early at 92%. */
async function oralCare(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Oral care");
  sheet.addRow(["Service: Riverside Nursing Home"]);
  sheet.addRow([]);
  sheet.addRow(["Date", "Shift", "Score"]);
  for (let week = 0; week < 12; week++) {
    for (const [shift, score] of [["Night", 0.7], ["Early", 0.92]] as const) sheet.addRow([new Date(Date.UTC(2026, 0, 5 + week * 7)), shift, score]);
  }
  sheet.getColumn(1).numFmt = "dd/mm/yyyy";
  await book.xlsx.writeFile(file);
}

describe("cqc-recovery analyse with one location named above the table", () => {
  const dir = useTempDir();

  it("compares the shifts only, and says why the location is not compared", async () => {
    const input = path.join(dir(), "oral-care.xlsx");
    const output = path.join(dir(), "oral-care.assured.xlsx");
    await oralCare(input);
    const io = fakeIo();
    expect(await main(["analyse", input, "--as-of", "31/03/2026", "--out", output], io)).toBe(0);
    // Service (70 + 92) / 2 = 81%; Night at 70% is the lowest shift.
    expect(io.out()).toContain("Service average 81% is below the 90% target; lowest: Night at 70%.");
    expect(io.out()).not.toMatch(/^Location\b/m);
    expect(io.out()).not.toContain("lowest locations");

    const book = await openBook(output);
    const actions = textsOf(book.getWorksheet("Action Tracker") as ExcelJS.Worksheet);
    expect(actions.filter((text) => text.includes("Riverside Nursing Home"))).toEqual([]);
    expect(actions).toContain("Night");
    expect(textsOf(book.getWorksheet("Location Assurance Dashboard") as ExcelJS.Worksheet)).toContain("Only one location (Riverside Nursing Home): nothing to compare it with, so this dashboard compares by shift.");
    expect(textsOf(book.getWorksheet("Team Comparison Tracker") as ExcelJS.Worksheet)).toContain("Location: only one (Riverside Nursing Home), so not compared.");
  });

  it("keeps the one location in the JSON as a grouping not compared", async () => {
    const input = path.join(dir(), "oral-care.xlsx");
    await oralCare(input);
    const io = fakeIo();
    expect(await main(["analyse", input, "--as-of", "31/03/2026", "--json"], io)).toBe(0);
    const [analysis] = (JSON.parse(io.out()) as WorkbookAnalysis).analyses;
    expect(analysis.dimensions.map((d) => d.dimension)).toEqual(["shift"]);
    expect(analysis.singleGroupDimensions).toEqual([{ dimension: "location", label: "Location", group: "Riverside Nursing Home" }]);
  });
});
