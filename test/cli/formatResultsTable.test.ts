import { formatResultsTable } from "../../src/cli/formatResultsTable";
import { analyseRecords, analysisSettingsSchema, type CompareRecord } from "../../src/core/compare";

// Monday 05/01/2026 is Excel serial 46027. Team A: eight weeks of two records of 20 items, 19 passing
// (95%); its latest record is on Tuesday 24/02/2026.
const firstMonday = 46027;
const records: CompareRecord[] = Array.from({ length: 16 }, (_, i) => ({ date: firstMonday + Math.floor(i / 2) * 7 + (i % 2), periodIndex: null, periodLabel: null, groups: { team: "Team A" }, passed: 19, checked: 20, score: null }));
const tableAsOf = (asOf: number) => formatResultsTable({ asOf, analyses: [analyseRecords({ title: "Care record audits", sources: [], records, groupingColumns: ["team"] }, analysisSettingsSchema.parse({ asOf, period: "week" }))] });

describe("formatResultsTable", () => {
  it("matches its JSDoc example", () => {
    expect(formatResultsTable({ asOf: 46084, analyses: [] })).toBe("No audit data was found to analyse.\n");
  });

  it("states the date of the latest data under each audit's headline", () => {
    // As of Monday 02/03/2026, six days after the latest record: current.
    const lines = tableAsOf(firstMonday + 56).split("\n");
    expect(lines[0]).toBe("Care record audits");
    expect(lines[2]).toMatch(/^Service average 95%/);
    expect(lines[3]).toBe("Latest data: 24/02/2026.");
  });

  it("warns that the data is out of date when the as-of date is more than two periods after it", () => {
    // As of 30/11/2026: 279 days after 24/02/2026, far more than two weeks.
    expect(tableAsOf(46356)).toContain("WARNING: Data out of date: the latest data is from 24/02/2026, 279 days before the as-of date (30/11/2026), more than two weeks; the statuses describe the position on 24/02/2026.");
  });
});
