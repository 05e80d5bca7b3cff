import ExcelJS from "exceljs";
import path from "node:path";
import { main } from "../../src/cli/main";
import { useTempDir } from "../xlsx/fixtures/tempDir";
import { fakeIo } from "./fakeIo";

// Floor 1 rated 5, 4, 5, 4 (4.5 of 5 = 90%); Floor 2 rated 3, 4, 3, 2 (3 of 5 = 60%). Beside it, a
// mealtime audit scored 90 on both floors, so the workbook always has something to read.
async function surveyWorkbook(file: string, header: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  const mealtime = book.addWorksheet("Mealtime audit");
  mealtime.addRow(["Date", "Floor", "Score"]);
  const survey = book.addWorksheet("Resident survey");
  survey.addRow(["Date", "Floor", header]);
  [5, 4, 5, 4, 3, 4, 3, 2].forEach((rating, i) => {
    const date = new Date(Date.UTC(2026, 2, 2 + i));
    const floor = i < 4 ? "Floor 1" : "Floor 2";
    mealtime.addRow([date, floor, 90]);
    survey.addRow([date, floor, rating]);
  });
  await book.xlsx.writeFile(file);
  return file;
}

describe("main on ratings out of a scale", () => {
  const dir = useTempDir();

  it("reads 'Satisfaction (1-5)' as a percentage of 5", async () => {
    const file = await surveyWorkbook(path.join(dir(), "stated.xlsx"), "Satisfaction (1-5)");
    const io = fakeIo();
    expect(await main(["analyse", file, "--as-of", "31/03/2026", "--json"], io)).toBe(0);
    const survey = JSON.parse(io.out()).analyses.find((a: { title: string }) => a.title === "Resident survey");
    // (90% + 60%) / 2 = 75% over the service.
    expect(Math.round(survey.service.mean * 100)).toBe(75);
  });

  it("never prints a rating 1 to 5 as a percentage when the header states no maximum, and says which sheet and column", async () => {
    const file = await surveyWorkbook(path.join(dir(), "unstated.xlsx"), "Satisfaction");
    const io = fakeIo();
    expect(await main(["analyse", file, "--as-of", "31/03/2026", "--out", path.join(dir(), "out.xlsx")], io)).toBe(0);
    expect(io.out()).not.toContain("Resident survey");
    expect(io.err()).toContain('unstated.xlsx, sheet "Resident survey" was not read: No column of scores, counts, Yes/No answers or weekly or monthly results. Column C "Satisfaction" holds whole numbers 2 to 5, and the header states no maximum: if it is a rating out of 5, say so in the header, e.g. "Satisfaction (out of 5)"; not read as a percentage until then.');
  });
});
