// The catalogue of broken workbooks (issue 7): each gives a clear message naming the file and exit
// code 1 from the command line, never a stack trace, and never a result made of nothing.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { fakeIo } from "./fakeIo";
import { farCellWorkbook, honestZipBomb, lyingZipBomb } from "./issue10Workbooks";

const dir = mkdtempSync(path.join(os.tmpdir(), "cqc-bad-"));

async function workbook(name: string, fill: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet("Audits"));
  const file = path.join(dir, `${name}.xlsx`);
  await book.xlsx.writeFile(file);
  return file;
}

const header = ["Audit date", "Team", "Score"];
const catalogue: [string, () => Promise<string>, RegExp][] = [
  ["an empty workbook", () => workbook("empty", () => undefined), /empty\.xlsx has no data/],
  ["a header with no rows", () => workbook("header-only", (s) => void s.addRow(header)), /No audit results could be read from header-only\.xlsx/],
  ["every score N/A", () => workbook("all-na", (s) => { s.addRow(header); for (let i = 0; i < 20; i++) s.addRow([new Date(Date.UTC(2026, 0, 5 + i)), "Team A", "N/A"]); }), /No audit results could be read from all-na\.xlsx/],
  ["errors everywhere", () => workbook("errors", (s) => { s.addRow(header); for (let i = 0; i < 20; i++) s.addRow([{ error: "#REF!" }, { error: "#N/A" }, { error: "#DIV/0!" }] as ExcelJS.CellValue[]); }), /No audit results could be read from errors\.xlsx/],
  ["255 columns of numbers", () => workbook("wide255", (s) => { s.addRow(Array.from({ length: 255 }, (_, i) => `Col ${i + 1}`)); for (let r = 0; r < 10; r++) s.addRow(Array.from({ length: 255 }, (_, i) => (i * r) % 7)); }), /No audit results could be read from wide255\.xlsx/],
  ["a used range down to row 1,048,576 with only a header", () => workbook("tall", (s) => { s.addRow(header); s.getCell("C1048576").value = "x"; }), /No audit results could be read from tall\.xlsx/],
  ["a CSV renamed to .xlsx", async () => { const f = path.join(dir, "renamed.xlsx"); writeFileSync(f, "Team,Score\nTeam A,90\n"); return f; }, /renamed\.xlsx is not an Excel \.xlsx workbook/],
  ["a password-protected workbook", async () => { const f = path.join(dir, "password.xlsx"); writeFileSync(f, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)])); return f; }, /password\.xlsx is password-protected/],
];

describe("cqc-recovery analyse on broken workbooks", () => {
  for (const [what, make, message] of catalogue) {
    it(`says clearly what is wrong with ${what} and exits 1`, async () => {
      const file = await make();
      const io = fakeIo();
      const code = await main(["analyse", file, "--as-of", "31/03/2026", "--out", path.join(dir, "out.xlsx")], io);
      expect(code).toBe(1);
      expect(io.err()).toMatch(message);
      expect(io.err() + io.out()).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
    });
  }
});

// Issue 10: files that once exhausted memory. Each must end quickly with a clear message; time and
// peak memory are measured by the bench, not here.
describe("cqc-recovery analyse on files built to exhaust memory", () => {
  const run = async (name: string, bytes: Uint8Array) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    const io = fakeIo();
    const code = await main(["analyse", file, "--as-of", "31/03/2026", "--out", path.join(dir, `${name}.out.xlsx`)], io);
    expect(io.err() + io.out()).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
    return { code, err: io.err() };
  };

  it("analyses a 60-row sheet with a stray cell at XFD100000, naming the cell it left out", async () => {
    const bytes = farCellWorkbook();
    expect(bytes.length).toBeLessThan(4096);
    const { code, err } = await run("far-cell.xlsx", bytes);
    expect(err).toContain('far-cell.xlsx, sheet "Audits": 1 cell far from the data (XFD100000) was left out; the data read is A1:C60.');
    expect(code).toBe(0);
  });

  it("refuses a 3 MB zip bomb declaring 3 GB before unpacking it, and exits 1", async () => {
    const bytes = honestZipBomb();
    expect(bytes.length).toBeLessThan(5 * 1024 * 1024);
    const { code, err } = await run("bomb.xlsx", bytes);
    expect(err).toContain("bomb.xlsx unpacks to more than 2 GB; it may be damaged or hostile, so it was not opened.");
    expect(code).toBe(1);
  });

  it("stops unpacking a zip bomb that declares 2 KB as soon as it passes that, and exits 1", async () => {
    const { code, err } = await run("liar.xlsx", lyingZipBomb());
    expect(err).toContain("liar.xlsx could not be opened: its part xl/worksheets/sheet1.xml unpacks to more than the 2,048 bytes its zip directory declares; it may be damaged or hostile.");
    expect(code).toBe(1);
  });
});
