// Counts in the reasons a group carries read as people write them (issue 15's wording slips): "1 record",
// never "1 records"; "1,200 records", never "1200 records".
import { analyseRecords, analysisSettingsSchema, type CompareRecord } from "../../../src/core/compare";

// Monday 05/01/2026 is Excel serial 46027 (=DATE(2026,1,5) in Excel).
const firstMonday = 46027;

function records(team: string, weeks: number, perWeek: number): CompareRecord[] {
  return Array.from({ length: weeks * perWeek }, (_, index) => ({
    date: firstMonday + Math.floor(index / perWeek) * 7,
    periodIndex: null,
    periodLabel: null,
    groups: { team },
    passed: 9,
    checked: 10,
    score: null,
  }));
}

function reasonsOf(team: string, all: CompareRecord[]): string[] {
  const result = analyseRecords({ title: "Care record audits", sources: [], records: all, groupingColumns: ["team"] }, analysisSettingsSchema.parse({ asOf: firstMonday + 7 * 12, period: "week" }));
  return result.dimensions[0].groups.find((group) => group.name === team)?.reasons ?? [];
}

describe("analyseRecords reasons", () => {
  it("says “1 record” and “1 period” in the singular", () => {
    const reasons = reasonsOf("Team X", [...records("Team X", 1, 1), ...records("Team Y", 12, 4)]);
    // Team X has one record of 10 items in one week: the generator above.
    expect(reasons[0]).toMatch(/^Team X: 90% over 10 items in 1 record\b/);
    expect(reasons.join(" ")).toContain("Only 1 record over 1 period:");
    expect(reasons.join(" ")).not.toMatch(/\b1 records\b|\b1 periods\b/);
  });

  it("writes counts of a thousand or more with a comma", () => {
    // 12 weeks of 100 records of 10 items each: 1,200 records, 12,000 items.
    const reasons = reasonsOf("Team Y", [...records("Team Y", 12, 100), ...records("Team Z", 12, 4)]);
    expect(reasons[0]).toMatch(/^Team Y: 90% over 12,000 items in 1,200 records\b/);
  });
});
