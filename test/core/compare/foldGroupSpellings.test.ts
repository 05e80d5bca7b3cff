// One group written two ways in different sheets or workbooks analysed together is one group.
import { analyseRecords, analysisSettingsSchema, type CompareRecord } from "../../../src/core/compare";
import { foldGroupSpellings } from "../../../src/core/compare/foldGroupSpellings";

// Monday 05/01/2026 is Excel serial 46027 (=DATE(2026,1,5) in Excel).
const firstMonday = 46027;

/** `weeks` weekly records of 10 items for one staff group, `passed` of them passed each week. */
const weekly = (staffGroup: string, location: string, passed: number, weeks = 6): CompareRecord[] => {
  const groups = { staffGroup, location };
  return Array.from({ length: weeks }, (_, week) => ({ date: firstMonday + 7 * week, periodIndex: null, periodLabel: null, groups, passed, checked: 10, score: null }));
};

describe("foldGroupSpellings", () => {
  it("keeps the spelling on most records and says which others were read as one", () => {
    const folded = foldGroupSpellings([...weekly("Care Assistant", "Rose House", 9), ...weekly("care assistant", "Oak Lodge", 7, 2), ...weekly("CARE ASSISTANT ", "Oak Lodge", 7, 1)]);
    expect(new Set(folded?.records.map((record) => record.groups.staffGroup))).toEqual(new Set(["Care Assistant"]));
    expect(folded?.sentences).toEqual(['Staff group "Care Assistant" also written "care assistant" (2 records) and "CARE ASSISTANT " (1 record), read as one.']);
  });

  it("leaves records alone when no group is written two ways", () => {
    expect(foldGroupSpellings([...weekly("Nurse", "Rose House", 9), ...weekly("Care assistant", "Rose House", 8)])).toBeNull();
  });

  it("compares the group once in the analysis, over every record", () => {
    const result = analyseRecords(
      { title: "Medication audits", sources: [], records: [...weekly("Nurse", "Rose House", 9), ...weekly("NURSE", "Oak Lodge", 7), ...weekly("Care assistant", "Rose House", 9)], groupingColumns: ["staffGroup", "location"] },
      analysisSettingsSchema.parse({ asOf: firstMonday + 7 * 6, period: "week", target: 90 }),
    );
    const staff = result.dimensions.find((dimension) => dimension.dimension === "staffGroup");
    // Nurse: (6 × 9 + 6 × 7) of 120 = 96 / 120 = 80%.
    expect(staff?.groups.map((group) => [group.name, group.mean])).toEqual(expect.arrayContaining([["Nurse", 0.8]]));
    expect(staff?.groups).toHaveLength(2);
    expect(result.explanation[0]).toBe('Staff group "Nurse" also written "NURSE" (6 records), read as one.');
  });
});
