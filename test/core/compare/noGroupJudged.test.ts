// Fault: "every group meets the target consistently" when no group could be judged (three teams of one
// record each, all "Insufficient evidence"). A claim about every group needs at least one group judged.
import { analyseRecords, analysisSettingsSchema, type CompareRecord } from "../../../src/core/compare";
import { buildTeamComparisonTracker } from "../../../src/core/sheets";
import { SHEET_STYLES } from "../../../src/core/sheets/sheetStyles";

// Monday 05/01/2026 is Excel serial 46027 (=DATE(2026,1,5) in Excel).
const firstMonday = 46027;
const settings = analysisSettingsSchema.parse({ asOf: firstMonday + 7 * 12, period: "week", target: 90 });
/** One record of 10 items, all passed, for each team. */
const oneEach = (teams: string[]): CompareRecord[] =>
  teams.map((team, i) => ({ date: firstMonday + i, periodIndex: null, periodLabel: null, groups: { team }, passed: 10, checked: 10, score: null }));

describe("a set where every group is insufficient evidence", () => {
  const result = analyseRecords({ title: "Safeguarding checks", sources: [], records: oneEach(["Ash Unit", "Elm Unit", "Oak Unit"]), groupingColumns: ["team"] }, settings);

  it("judges no group", () => {
    expect(result.dimensions[0].groups.map((g) => g.status)).toEqual(["insufficient-evidence", "insufficient-evidence", "insufficient-evidence"]);
  });

  it("never says every group meets the target, and says no team could be judged", () => {
    // Service: 30 of 30 items = 100% over 3 records (one per team).
    expect(result.service.consistencyGoalMet).toBe(false);
    expect(result.service.headline).toBe(
      "Not enough evidence to judge any team yet: all 3 teams have too few records or complete periods; the service average 100% over 3 records meets the 90% target.",
    );
    expect(result.service.headline).not.toMatch(/every group/);
  });

  it("does not show that headline as a reassurance on the tracker", () => {
    const sheet = buildTeamComparisonTracker({ asOf: settings.asOf, analyses: [result] });
    const cell = sheet.cells.flat().find((c) => typeof c?.value === "string" && c.value.startsWith("Not enough evidence to judge any team"));
    expect(cell?.style).toEqual(expect.objectContaining({ fill: SHEET_STYLES.warning.fill }));
  });
});

describe("a set with no grouping at all", () => {
  it("does not call the service's own line a consistency goal met", () => {
    const records = Array.from({ length: 24 }, (_, i) => ({ date: firstMonday + Math.floor(i / 2) * 7, periodIndex: null, periodLabel: null, groups: {}, passed: 10, checked: 10, score: null }));
    const result = analyseRecords({ title: "Oral care", sources: [], records, groupingColumns: [] }, settings);
    // 240 of 240 items = 100%, no groups.
    expect(result.service.consistencyGoalMet).toBe(false);
    expect(result.service.headline).toBe("Service average 100% meets the 90% target; there are no groups to compare.");
  });
});
