// Groups level with each other: no group is named both best and worst, and the words say they are level.
import { analyseRecords, analysisSettingsSchema, type CompareRecord } from "../../../src/core/compare";
import { gapPoints } from "../../../src/core/compare/variationOverTime";

// Monday 05/01/2026 is Excel serial 46027 (=DATE(2026,1,5) in Excel).
const firstMonday = 46027;
const settings = (weeks: number) => analysisSettingsSchema.parse({ asOf: firstMonday + 7 * weeks, period: "week", target: 90 });

/** One record a week with 100 items, so each week's rate is exactly the one given. */
const weekly = (team: string, rates: number[]): CompareRecord[] =>
  rates.map((rate, week) => ({ date: firstMonday + week * 7, periodIndex: null, periodLabel: null, groups: { team }, passed: Math.round(rate * 100), checked: 100, score: null }));

const analyse = (records: CompareRecord[], weeks: number) => analyseRecords({ title: "Documentation audit", sources: [], records, groupingColumns: ["team"] }, settings(weeks));

describe("gapPoints", () => {
  it("names no best or worst group in a period where every group has the same value", () => {
    const points = gapPoints([
      { name: "Floor 1", series: [{ start: 1, label: "P1", value: 0.85 }] },
      { name: "Floor 2", series: [{ start: 1, label: "P1", value: 0.85 }] },
      { name: "Floor 3", series: [{ start: 1, label: "P1", value: 0.85 }] },
    ]);
    expect(points).toEqual([{ start: 1, label: "P1", gap: 0, best: null, worst: null, levelAt: 0.85, groups: 3 }]);
  });

  it("treats sums that differ only in the last binary digits as level", () => {
    // 0.1 + 0.2 = 0.30000000000000004 in binary floating point.
    const [point] = gapPoints([
      { name: "A", series: [{ start: 1, label: "P1", value: 0.1 + 0.2 }] },
      { name: "B", series: [{ start: 1, label: "P1", value: 0.3 }] },
    ]);
    expect([point.best, point.worst, point.gap]).toEqual([null, null, 0]);
  });

  it("still names the best and worst when only two of three are level", () => {
    const [point] = gapPoints([
      { name: "A", series: [{ start: 1, label: "P1", value: 0.9 }] },
      { name: "B", series: [{ start: 1, label: "P1", value: 0.9 }] },
      { name: "C", series: [{ start: 1, label: "P1", value: 0.8 }] },
    ]);
    expect([point.best, point.worst]).toEqual(["A", "C"]);
  });
});

describe("variationOverTime with groups level in the latest period", () => {
  // Floor 1 at 95% every week; Floor 2 rises 2 points a week from 73% to 95% (gaps 22, 20 ... 0).
  const rising = Array.from({ length: 12 }, (_, week) => 0.73 + 0.02 * week);
  const steady = rising.map(() => 0.95);

  it("says both teams are level, never 'between Floor 1 and Floor 1'", () => {
    const [team] = analyse([...weekly("Floor 1", steady), ...weekly("Floor 2", rising)], 12).variationOverTime ?? [];
    // Week 12 (w/c 23/03/2026): Floor 2 at 73 + 2 x 11 = 95%, level with Floor 1.
    expect(team.sentence).toBe("Gap between teams narrowing from 22 to 0 points over 12 weeks (SPC: Improvement (Low), a real reduction; latest w/c 23/03/2026: both teams level at 95%).");
  });

  it("says all three are level, and how many", () => {
    const [team] = analyse([...weekly("Floor 1", steady), ...weekly("Floor 2", rising), ...weekly("Floor 3", rising)], 12).variationOverTime ?? [];
    expect(team.sentence).toMatch(/; latest w\/c 23\/03\/2026: all 3 teams level at 95%\)\.$/);
  });

  it("says 'under 1 point' between two different groups when the gap rounds to 0", () => {
    // Floor 2 ends at 94.7% (9,470 of 10,000 in week 12), 0.3 points below Floor 1's 95%.
    const records = [...weekly("Floor 1", steady), ...weekly("Floor 2", rising)];
    const last = records[records.length - 1];
    records[records.length - 1] = { ...last, passed: 9470, checked: 10000 };
    const [team] = analyse(records, 12).variationOverTime ?? [];
    expect(team.sentence).toMatch(/; latest w\/c 23\/03\/2026: under 1 point between Floor 1 and Floor 2\)\.$/);
  });

  it("says so when only one period has two groups", () => {
    // Both floors at 85% in the one week audited (w/c 05/01/2026), judged on one record each.
    const records = [...weekly("Floor 1", [0.85]), ...weekly("Floor 2", [0.85])];
    const oneWeek = analysisSettingsSchema.parse({ asOf: firstMonday + 6, period: "week", target: 90, minimumRecords: 1, minimumPeriods: 1 });
    const [team] = analyseRecords({ title: "Documentation audit", sources: [], records, groupingColumns: ["team"] }, oneWeek).variationOverTime ?? [];
    expect(team?.sentence).toBe("Gap between teams in w/c 05/01/2026: both teams level at 85%; too few periods to say whether it is reducing.");
  });
});

describe("variationOverTime when the trend line and the first and latest periods disagree", () => {
  it("gives the trend line's change and both periods, never 'widening from 33 to 33'", () => {
    // Team A at 95% every week. Team B's gap to it, week by week: 33, 30, 45, 45, 45, 45, 45, 33 points,
    // so the least-squares line rises while the first and latest weeks are both 33 points.
    const gaps = [33, 30, 45, 45, 45, 45, 45, 33];
    const [team] = analyse([...weekly("Team A", gaps.map(() => 0.95)), ...weekly("Team B", gaps.map((gap) => 0.95 - gap / 100))], 8).variationOverTime ?? [];
    // Slope by hand: x = 0..7 (mean 3.5); Σ(x-3.5)·y = -3.5×33 - 2.5×30 + (-1.5 - 0.5 + 0.5 + 1.5 + 2.5)×45 + 3.5×33
    // = 37.5 and Σ(x-3.5)² = 42, so 0.893 points a week, 6.25 points over the 7 weeks from the first to the latest.
    expect(team.direction).toBe("widening");
    expect(team.sentence).toMatch(/^Gap between teams widening by about 6 points over 8 weeks on its trend line, though its first and latest complete periods were 33 and 33 points \(/);
  });

  it("keeps 'narrowing from 22 to 0' when the two periods move the way the line does", () => {
    const rising = Array.from({ length: 12 }, (_, week) => 0.73 + 0.02 * week);
    const [team] = analyse([...weekly("Floor 1", rising.map(() => 0.95)), ...weekly("Floor 2", rising)], 12).variationOverTime ?? [];
    expect(team.sentence).toMatch(/^Gap between teams narrowing from 22 to 0 points over 12 weeks/);
  });
});
