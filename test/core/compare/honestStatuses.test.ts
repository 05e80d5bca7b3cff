// Fixtures of our own for issue 13: each is generated below, and the expected values follow from how.
import { proposeActions } from "../../../src/core/actions";
import { analyseRecords, analysisSettingsSchema, formatPercentAgainstTarget, formatPercentPair, type CompareRecord, type RecordSet } from "../../../src/core/compare";

// Monday 05/01/2026 is Excel serial 46027 (=DATE(2026,1,5) in Excel); Monday 01/12/2025 is 45992.
const firstMonday = 46027;

/** One record per entry of `passes` each week (items checked `checked`), dated Monday, Tuesday... */
function weeks(group: Record<string, string>, start: number, passes: number[][], checked: number): CompareRecord[] {
  return passes.flatMap((week, index) => week.map((passed, day) => ({ date: start + index * 7 + day, periodIndex: null, periodLabel: null, groups: group, passed, checked, score: null })));
}
const set = (records: CompareRecord[], groupingColumns: string[]): RecordSet => ({ title: "Care record audits", sources: [], records, groupingColumns });
const settings = (extra: Record<string, unknown>) => analysisSettingsSchema.parse({ period: "week", ...extra });

describe("a process near 100%", () => {
  // Twelve weeks of two records of 19 items: every answer Yes for eleven weeks, then one No in the
  // 38 answers of the last week (37 of 38 = 97.4%), against a 90% target.
  const passes = [...Array.from({ length: 11 }, () => [19, 19]), [18, 19]];
  const result = analyseRecords(set(weeks({ team: "Team C" }, firstMonday, passes, 19), ["team"]), settings({ asOf: firstMonday + 84, target: 90 }));
  const teamC = result.dimensions[0].groups[0];

  it("is embedded with a watch note, not deteriorating, when every period met the target with assurance Pass", () => {
    expect(teamC.spc?.assurance).toBe("Pass");
    expect(teamC.status).toBe("embedded");
    expect(teamC.watch).toMatch(/^Team C: watch: the latest period \(w\/c 23\/03\/2026\) fell from 100% to 97%, a change SPC flags against the limits of the periods before it, but the last 3 periods all met the 90% target/);
    expect(teamC.reasons[1]).toBe(teamC.watch);
  });

  it("creates no action", () => {
    expect(proposeActions({ asOf: firstMonday + 84, analyses: [result] }, { asOf: firstMonday + 84 }).actions).toEqual([]);
  });

  it("is deteriorating when the same fall comes after a run below the target", () => {
    // The same last week after eleven weeks at 100%, but with a 99% target no period before it... met
    // only when all 38 answers are Yes: the recent run is broken, so the concern stands.
    const strict = analyseRecords(set(weeks({ team: "Team C" }, firstMonday, passes, 19), ["team"]), settings({ asOf: firstMonday + 84, target: 99 }));
    expect(strict.dimensions[0].groups[0].status).toBe("deteriorating");
    expect(strict.dimensions[0].groups[0].watch).toBeNull();
  });
});

describe("a deadline already passed, on data older than the as-of date", () => {
  // Eight weeks rising 2 points a week from 70% (two records of 50 items a week): the trend reaches 90%
  // three weeks after the last week (w/c 23/02/2026), before the 12-week deadline (30/03/2026). The
  // summary is prepared on 30/11/2026, eight months after that deadline.
  const rising = [0.7, 0.72, 0.74, 0.76, 0.78, 0.8, 0.82, 0.84].map((rate) => [Math.round(rate * 50), Math.round(rate * 50)]);
  const asOf = 46356; // 30/11/2026
  const result = analyseRecords(set(weeks({ team: "Team B" }, firstMonday, rising, 50), ["team"]), settings({ asOf, weeks: 12 }));
  const teamB = result.dimensions[0].groups[0];

  it("is off track and below target, never on track before the deadline", () => {
    expect(teamB.onTrack).toBe("Off track");
    expect(teamB.status).toBe("below-target");
    expect(teamB.reasons[0]).toMatch(/projected to reach target 3 weeks after the latest complete period; the deadline \(30\/03\/2026\) has passed\.$/);
    expect(teamB.reasons.join(" ")).not.toMatch(/before the deadline/);
  });

  it("says the data is out of date, with the date of the latest data", () => {
    // Latest record: Tuesday of week 8, 24/02/2026; 30/11/2026 is 279 days later.
    expect(result.freshness).toEqual({
      latestDataDate: firstMonday + 7 * 7 + 1,
      outOfDate: true,
      sentence: "Data out of date: the latest data is from 24/02/2026, 279 days before the as-of date (30/11/2026), more than two weeks; the statuses describe the position on 24/02/2026.",
    });
    expect(result.explanation).toContain(result.freshness!.sentence);
  });

  it("is on track, and says only the latest data date, when the as-of date is the day after the last week", () => {
    const current = analyseRecords(set(weeks({ team: "Team B" }, firstMonday, rising, 50), ["team"]), settings({ asOf: firstMonday + 56, weeks: 12 }));
    expect(current.dimensions[0].groups[0].onTrack).toBe("On track");
    expect(current.freshness?.outOfDate).toBe(false);
    expect(current.freshness?.sentence).toBe("Latest data: 24/02/2026.");
  });
});

describe("a partial last period", () => {
  // Weekly audits from Monday 01/12/2025 to Monday 02/03/2026, grouped by month: December (five
  // weeks, the last starting 29/12) at 80%, January and February (four weeks each) at 95%, and one
  // week of March at 95%. March holds one week of its 31 days: partial.
  const start = 45992;
  const rate = (week: number) => (week < 5 ? 16 : 19); // of 20 items: 80%, then 95%
  const passes = Array.from({ length: 14 }, (_, week) => [rate(week), rate(week)]);
  const result = analyseRecords(set(weeks({ team: "Team A" }, start, passes, 20), ["team"]), settings({ asOf: 46112, period: "month" }));
  const teamA = result.dimensions[0].groups[0];

  it("marks the period partial and shows it", () => {
    expect(teamA.series.map((p) => [p.label, p.partial ?? false])).toEqual([
      ["Dec 2025", false],
      ["Jan 2026", false],
      ["Feb 2026", false],
      ["Mar 2026", true],
    ]);
    expect(teamA.spc?.pointLabels[3]).toBe("Partial period");
    expect(teamA.reasons).toContain("Mar 2026 is a partial period (only partly covered by the data): 95% from 2 records, shown but not counted towards the status.");
    expect(result.explanation).toContain("Mar 2026 is a partial period (only partly covered by the data): shown, but not counted towards any status.");
  });

  it("does not count it towards the run at target: two complete months at target are not embedded", () => {
    // Counted, March would make three months at 95% in a row (and 3 of 4 at target): embedded.
    expect(teamA.recentPeriodsMeetingTarget).toBe(2);
    expect(teamA.status).toBe("improving");
    expect(teamA.reasons[1]).toBe("Met the target in 2 of the last 3 periods, including the latest 2.");
  });
});

describe("a value that rounds to its target", () => {
  // Elm: ten weeks of two records of 25 items; 45 of 50 pass in eight weeks and 44 in two: 448 of
  // 500 = 89.6%, which rounds to the 90% target.
  const passes = Array.from({ length: 10 }, (_, week) => (week < 8 ? [23, 22] : [22, 22]));
  const result = analyseRecords(set(weeks({ location: "Elm" }, firstMonday, passes, 25), ["location"]), settings({ asOf: firstMonday + 70 }));
  const elm = result.dimensions[0].groups[0];

  it("shows one decimal place wherever rounding would make it read as the target", () => {
    expect(elm.mean).toBeCloseTo(0.896, 10);
    // Wilson 95% for 448 of 500: 0.8666 to 0.9192 (Wilson 1927, JASA 22:209): neither end reads as 90%.
    expect(elm.reasons[0]).toMatch(/^Elm: 89\.6% over 500 items in 20 records \(95% CI 87-92%\), not yet clearly above or below the 90% target/);
    // Elm is the only team, so the service itself: not named as the "lowest" of one.
    expect(result.service.headline).toBe("Service average 89.6% is below the 90% target.");
  });

  it("formats against the target as its JSDoc says", () => {
    expect(formatPercentAgainstTarget(0.896, 0.9)).toBe("89.6%");
    expect(formatPercentAgainstTarget(0.78, 0.9)).toBe("78%");
    expect(formatPercentAgainstTarget(0.8999999999999999, 0.9)).toBe("90%");
    expect(formatPercentAgainstTarget(0.8996, 0.9)).toBe("89.96%");
  });

  it("gives two rates compared in one sentence the decimals that tell them apart", () => {
    // A question at 89.8% for one location against 90.1% for the others must not read "90% against 90%".
    expect(formatPercentPair(0.898, 0.901)).toEqual(["89.8%", "90.1%"]);
    expect(formatPercentPair(0.41, 0.93)).toEqual(["41%", "93%"]);
    expect(formatPercentPair(0.8996, 0.9004)).toEqual(["89.96%", "90.04%"]);
    expect(formatPercentPair(0.9, 0.9)).toEqual(["90%", "90%"]);
  });
});

describe("a headline naming the lowest groups of the first dimension", () => {
  // Shifts first, then staff groups, against a 95% target: Night 43 of 50 a week; Day 47 of 50 from
  // established staff and 40 of 50 from a New starter group (80%), lower than any shift.
  const eightWeeks = (passed: number) => Array.from({ length: 8 }, () => [passed]);
  const records = [
    ...weeks({ shift: "Night", staffGroup: "Established" }, firstMonday, eightWeeks(43), 50),
    ...weeks({ shift: "Day", staffGroup: "Established" }, firstMonday, eightWeeks(47), 50),
    ...weeks({ shift: "Day", staffGroup: "New starter" }, firstMonday, eightWeeks(40), 50),
  ];
  const result = analyseRecords(set(records, ["shift", "staffGroup"]), settings({ asOf: firstMonday + 56, target: 95 }));

  it("says whose lowest they are, so a lower group of another dimension is not contradicted", () => {
    // Service: (43 + 47 + 40) of 150 a week = 86.7%. Day pools 87 of 100 = 87%; Night 86%; New starter 80%.
    const newStarter = result.dimensions[1].groups.find((group) => group.name === "New starter");
    expect(newStarter?.mean).toBeCloseTo(0.8, 10);
    expect(result.service.headline).toBe("Service average 87% is below the 95% target; lowest shifts: Night at 86% and Day at 87%.");
  });
});
