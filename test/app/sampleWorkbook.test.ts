// The product's demo rests on the sample workbook: its generator documents which groups are meant to
// be weak, improving and strong (scripts/sample/sampleExpectations.ts); the analysis must find them.
import path from "node:path";
import { analyseWorkbook } from "../../src/app/analyseWorkbook";
import type { WorkbookAnalysis } from "../../src/core/compare";
import { parseDate } from "../../src/core/values";
import { openWorkbookFile } from "../../src/xlsx/openWorkbookFile";
import { SAMPLE_EXPECTATIONS } from "../../scripts/sample/sampleExpectations";

const asOf = parseDate(SAMPLE_EXPECTATIONS.asOf)!;

describe("analyseWorkbook on the sample workbook", () => {
  let result: WorkbookAnalysis;

  beforeAll(async () => {
    // The user's sheets, as the command line chooses them when no sheet is named.
    const { book } = await openWorkbookFile(path.join(__dirname, "../..", SAMPLE_EXPECTATIONS.file));
    const userSheets = (await book.listSheets()).filter((sheet) => !sheet.ownedByAddin).map((sheet) => sheet.name);
    const grids = (await book.readGrids(userSheets)).filter((grid) => grid.values.length > 0);
    result = analyseWorkbook(grids, {
      asOf,
      weeks: SAMPLE_EXPECTATIONS.period.weeks,
      target: SAMPLE_EXPECTATIONS.targets.careRecords,
      targetsBySource: { "Safeguarding checks": SAMPLE_EXPECTATIONS.targets.safeguarding },
    });
  });

  const analysisOf = (sheet: string) => result.analyses.find((a) => a.title === sheet || a.sources.some((s) => s.sheet === sheet))!;

  it("analyses the three audit sheets and leaves the notes and the action plan alone", () => {
    const audited = SAMPLE_EXPECTATIONS.sheets.filter((s) => s.auditData).map((s) => s.name);
    expect(result.analyses.flatMap((a) => a.sources.map((s) => s.sheet))).toEqual(audited);
  });

  for (const expected of SAMPLE_EXPECTATIONS.comparisons) {
    it(`finds the documented weak, improving and strong groups by ${expected.dimension} on "${expected.sheet}"`, () => {
      const dimension = analysisOf(expected.sheet).dimensions.find((d) => d.dimension === expected.dimension)!;
      const status = (name: string) => dimension.groups.find((g) => g.name === name)?.status;
      for (const name of expected.weak) expect([name, status(name)]).toEqual([name, "below-target"]);
      for (const name of expected.improving) expect([name, status(name)]).toEqual([name, "improving"]);
      for (const name of expected.strong) expect([name, status(name)]).toEqual([name, "embedded"]);
      for (const name of expected.nearTarget) expect(["fragile", "improving", "embedded"]).toContain(status(name));
      for (const name of expected.weak) expect(dimension.groups.find((g) => g.name === name)!.mean).toBeLessThan(expected.weakPooledRateBelow);
    });
  }

  it("says the service average hides Team B", () => {
    const service = analysisOf("Care record audits").service;
    expect(service.hiddenByAverage).toBe(true);
    expect(service.hiddenGroups.map((g) => g.name)).toEqual(["Team B"]);
    expect(service.headline).toBe("Service average 91% hides Team B at 78%.");
  });

  it("finds people's feedback not matching records at Birch Court", () => {
    for (const mismatch of SAMPLE_EXPECTATIONS.evidenceMismatches) {
      const group = analysisOf(mismatch.sheet).dimensions.find((d) => d.dimension === "location")!.groups.find((g) => g.name === mismatch.group)!;
      expect(group.evidenceMismatch).toContain(`${mismatch.onTarget} `);
      expect(group.evidenceMismatch).toContain(`but ${mismatch.wellBelow} is`);
    }
  });

  it("reports each documented slip by sheet, row and column, leaving out only the unreadable answer or the row without a team", () => {
    const problems = result.analyses.flatMap((a) => a.sources.flatMap((s) => s.problems));
    expect(problems.map((p) => [p.sheet, p.row, p.columnLetter])).toEqual(SAMPLE_EXPECTATIONS.glitches.map((g) => [g.sheet, g.row, g.columnLetter]));
    const careRecords = analysisOf("Care record audits").sources[0];
    expect(careRecords.rowsUsed).toBe(SAMPLE_EXPECTATIONS.measured.careRecords.rowsWithoutGlitch);
  });
});
