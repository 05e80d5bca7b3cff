// Property test (fast-check): random audit data, analysed and written through the Office.js adapter
// into the fake, never breaks one of Excel's rules the fake enforces (sheet, table and defined names,
// tables over merges or tables, 32,767 characters a cell, the last visible sheet, property paths and
// enum values from @types/office-js), on the first write or on a refresh.
import fc from "fast-check";
import { analyseWorkbook } from "../../src/app/analyseWorkbook";
import type { SheetGrid } from "../../src/app/ports";
import { prepareOutputs } from "../../src/app/prepareOutputs";
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { FakeExcel } from "./fakeExcel";

jest.setTimeout(240_000);

// Group names a quality lead might type, and ones that stress the renderer: brackets and colons (not
// allowed in sheet names), leading "=" (formula-like text), apostrophes, long and non-Latin text.
const groupName = fc.oneof(
  fc.constantFrom("Team A", "Night shift", "Oak House", "Bank staff", "=SUM(A1)", "'Quoted'", "[Agency]: nights", "Ty Gwyn / Tŷ Gwyn", "x".repeat(300)),
  fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.trim().length > 0),
);

const auditGrid = fc
  .record({
    sheet: fc.constantFrom("Care record audits", "Audit log", "Safeguarding checks (2026)"),
    groups: fc.uniqueArray(groupName, { minLength: 1, maxLength: 6, selector: (name) => name.trim().toLowerCase() }),
    weeks: fc.integer({ min: 1, max: 12 }),
    scores: fc.array(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant("N/A"), fc.constant("")), { minLength: 1, maxLength: 8 }),
  })
  .map(({ sheet, groups, weeks, scores }): SheetGrid => {
    const values: SheetGrid["values"] = [["Date", "Team", "Score"]];
    // Monday 05/01/2026 is Excel serial 46027.
    for (let week = 0; week < weeks; week++) groups.forEach((group, index) => values.push([46027 + week * 7, group, scores[(week + index) % scores.length]]));
    return { sheet, table: null, firstRow: 1, firstColumn: 1, values, file: null };
  });

async function writeOnce(excel: FakeExcel, grid: SheetGrid, asOf: number): Promise<void> {
  const workbook = new OfficeWorkbook(excel.run);
  const analysis = analyseWorkbook([grid], { asOf, target: 90 }, { chosen: [grid.sheet] });
  const outputs = await prepareOutputs(workbook, analysis);
  await workbook.writePlans(outputs.plans, { token: "p" });
}

describe("OfficeWorkbook.writePlans on random analyses", () => {
  it("writes and refreshes without breaking a rule Excel enforces", async () => {
    await fc.assert(
      fc.asyncProperty(auditGrid, async (grid) => {
        const excel = new FakeExcel({ sheets: [{ name: grid.sheet, values: grid.values }] });
        await writeOnce(excel, grid, 46112);
        await writeOnce(excel, grid, 46119);
        expect(excel.syncs.filter((sync) => sync.failed !== null)).toEqual([]);
        expect(excel.sheets.filter((sheet) => sheet.name.startsWith("CQC writing"))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
