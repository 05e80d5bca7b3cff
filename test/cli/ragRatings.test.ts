import ExcelJS from "exceljs";
import path from "node:path";
import { main } from "../../src/cli/main";
import { useTempDir } from "../xlsx/fixtures/tempDir";
import { fakeIo } from "./fakeIo";

// Oak Unit: Green, Green, Amber, Red; Elm Unit: Green, Amber, Amber, Green (two weeks each).
const ratings = ["Green", "Green", "Amber", "Red", "Green", "Amber", "Amber", "Green"];

async function walkround(file: string, header: string, values: readonly string[]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Audits");
  sheet.addRow(["Date", "Unit", "Area checked", header]);
  values.forEach((value, i) => sheet.addRow([new Date(Date.UTC(2026, 2, 2 + i)), i < 4 ? "Oak Unit" : "Elm Unit", "Lounge", value]));
  await book.xlsx.writeFile(file);
  return file;
}

describe("main on RAG ratings", () => {
  const dir = useTempDir();

  it("reads a RAG column as an answer per audit and says how each colour counted", async () => {
    const file = await walkround(path.join(dir(), "walkround.xlsx"), "RAG rating", ratings);
    const io = fakeIo();
    expect(await main(["analyse", file, "--as-of", "31/03/2026", "--out", path.join(dir(), "out.xlsx")], io)).toBe(0);
    // Amber not met (the default): Oak 2 of 4 = 50%, Elm 2 of 4 = 50%.
    expect(io.out()).toMatch(/Oak Unit\s+4\s+50%/);
    expect(io.out()).toContain('  RAG rating (column "RAG rating"): Green counted as met, Amber as partial (not met), Red as not met.');
    expect(io.out()).toContain('  3 partial answers (Amber, "Partial", "Partly" ...) counted as not met.');
  });

  it("exits 1 naming the sheet and the column when R, A and G letters stand under a header that does not say RAG", async () => {
    const file = await walkround(path.join(dir(), "letters.xlsx"), "Outcome", ratings.map((rating) => rating[0]));
    const io = fakeIo();
    expect(await main(["analyse", file, "--as-of", "31/03/2026", "--json"], io)).toBe(1);
    expect(io.err()).toContain('  letters.xlsx, sheet "Audits": No column of scores, counts, Yes/No answers or weekly or monthly results. Column D "Outcome" holds the letters R, A or G (8 of 8 values looked at), but the header does not say RAG: if they are RAG ratings, say so in the header, e.g. "Outcome (RAG)"; not used until then.');
  });
});
