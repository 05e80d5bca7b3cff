import { analyseRecords, analysisSettingsSchema, type CompareRecord, type RecordSet } from "../../../src/core/compare";

// Monday 05/01/2026 is Excel serial 46027 (=DATE(2026,1,5) in Excel).
const firstMonday = 46027;
const asOf = firstMonday + 7 * 12;

/** One record per group per week, each with `checked` items of which `rates[week]` share passed. */
function weekly(groups: Record<string, string>, rates: number[], checked = 50, recordsPerWeek = 2): CompareRecord[] {
  return rates.flatMap((rate, week) =>
    Array.from({ length: recordsPerWeek }, (_, i) => ({
      date: firstMonday + week * 7 + i,
      periodIndex: null,
      periodLabel: null,
      groups,
      passed: Math.round(rate * checked),
      checked,
      score: null,
    }))
  );
}

const set = (records: CompareRecord[], groupingColumns: string[], title = "Care record audits"): RecordSet => ({ title, sources: [], records, groupingColumns });
const settings = (extra: Record<string, unknown> = {}) => analysisSettingsSchema.parse({ asOf, period: "week", ...extra });
const flat = (rate: number, weeks = 8) => Array.from({ length: weeks }, () => rate);

describe("analyseRecords", () => {
  const hidden = analyseRecords(
    set([...weekly({ team: "Team A" }, flat(0.96)), ...weekly({ team: "Team B" }, flat(0.78)), ...weekly({ team: "Team C" }, flat(0.96)), ...weekly({ team: "Team D" }, flat(0.96))], ["team"]),
    settings()
  );

  it("finds the service average hiding a team below target", () => {
    // pooled (3 x 0.96 + 0.78) / 4 = 0.915 with equal numbers of items per team
    expect(hidden.service.mean).toBeCloseTo(0.915, 10);
    expect(hidden.service.meetsTarget).toBe(true);
    expect(hidden.service.hiddenByAverage).toBe(true);
    expect(hidden.service.hiddenGroups).toEqual([{ dimension: "team", name: "Team B", mean: 0.78 }]);
    expect(hidden.service.headline).toBe("Service average 92% hides Team B at 78%.");
  });

  it("lists groups worst first with their status and the gap between best and worst", () => {
    const [team] = hidden.dimensions;
    expect(team.groups.map((g) => [g.name, g.status])).toEqual([
      ["Team B", "below-target"],
      ["Team A", "embedded"],
      ["Team C", "embedded"],
      ["Team D", "embedded"],
    ]);
    expect(team.gap).toBeCloseTo(0.18, 10);
    expect(hidden.service.belowTarget).toEqual(["Team B"]);
  });

  it("gives a Wilson interval for pooled pass/fail data and reasons carrying the numbers", () => {
    const teamB = hidden.dimensions[0].groups[0];
    // 624 of 800 items: Wilson 95% = 0.7497 to 0.8075 (z = 1.959964, Wilson 1927)
    expect(teamB.lower).toBeCloseTo(0.7497, 3);
    expect(teamB.upper).toBeCloseTo(0.8075, 3);
    expect(teamB.reasons[0]).toBe("Team B: 78% over 800 items in 16 records (95% CI 75-81%), below the 90% target; flat, not on course to reach the target.");
  });

  it("does not say the average hides anyone when the service itself is below target", () => {
    const result = analyseRecords(set([...weekly({ team: "Team A" }, flat(0.86)), ...weekly({ team: "Team B" }, flat(0.78))], ["team"]), settings());
    expect(result.service.hiddenByAverage).toBe(false);
    expect(result.service.headline).toBe("Service average 82% is below the 90% target; lowest: Team B at 78% and Team A at 86%.");
  });

  it("calls a location improving when it started low and has met the target for the last four weeks", () => {
    // issue 4's example: started at 76%, at target for the last four weeks
    const result = analyseRecords(set(weekly({ location: "Birch Court" }, [0.76, 0.78, 0.8, 0.84, 0.91, 0.92, 0.93, 0.94]), ["location"]), settings());
    const birch = result.dimensions[0].groups[0];
    expect(birch.mean).toBeLessThan(0.9);
    expect(birch.recentPeriodsMeetingTarget).toBe(4);
    expect(birch.status).toBe("improving");
  });

  it("calls a real fall at the latest period deteriorating", () => {
    const result = analyseRecords(set(weekly({ team: "Team C" }, [...flat(0.96, 11), 0.6]), ["team"]), settings());
    const teamC = result.dimensions[0].groups[0];
    expect(teamC.spc?.variation).toBe("Concern (Low)");
    expect(teamC.status).toBe("deteriorating");
  });

  it("projects a rising team to the target and says whether the deadline is met", () => {
    // 70% rising 2 points a week over 8 weeks: 84% at week 7, 90% three weeks later
    const rising = [0.7, 0.72, 0.74, 0.76, 0.78, 0.8, 0.82, 0.84];
    const onTime = analyseRecords(set(weekly({ team: "Team B" }, rising), ["team"]), settings({ weeks: 12 })).dimensions[0].groups[0];
    expect(onTime.trendPerWeek).toBeCloseTo(0.02, 3);
    expect(onTime.weeksToTarget).toBeCloseTo(3, 1);
    expect(onTime.onTrack).toBe("On track");
    expect(onTime.status).toBe("improving");
    const late = analyseRecords(set(weekly({ team: "Team B" }, rising), ["team"]), settings({ weeks: 8 })).dimensions[0].groups[0];
    expect(late.onTrack).toBe("Off track");
    // The deadline (week 8, 02/03/2026) is before the as-of date (30/03/2026): it has passed.
    expect(late.reasons[0]).toMatch(/projected to reach target 3 weeks after the latest complete period; the deadline \(02\/03\/2026\) has passed\.$/);
  });

  it("says a group with too few records has insufficient evidence and ranks it last", () => {
    const result = analyseRecords(set([...weekly({ team: "Team A" }, flat(0.96)), ...weekly({ team: "Bank staff" }, [0.5, 0.5], 10, 1)], ["team"]), settings());
    expect(result.dimensions[0].groups.map((g) => [g.name, g.status])).toEqual([
      ["Team A", "embedded"],
      ["Bank staff", "insufficient-evidence"],
    ]);
    expect(result.service.hiddenGroups).toEqual([]);
  });

  it("flags a location whose evidence sources disagree", () => {
    const records = [...weekly({ location: "Birch Court", source: "Care records audit" }, flat(0.96)), ...weekly({ location: "Birch Court", source: "People's feedback" }, flat(0.72))];
    const location = analyseRecords(set(records, ["location", "source"]), settings()).dimensions.find((d) => d.dimension === "location")!.groups[0];
    expect(location.evidenceMismatch).toBe("Birch Court: evidence sources disagree in the last 3 periods: Care records audit 96% meets the target but People's feedback is 72%.");
  });

  it("compares two-way cells such as team x shift", () => {
    const records = [...weekly({ team: "Team A", shift: "Day" }, flat(0.96)), ...weekly({ team: "Team A", shift: "Night" }, flat(0.8))];
    const result = analyseRecords(set(records, ["team", "shift"]), settings({ crossDimensions: [["team", "shift"]] }));
    const cross = result.dimensions.find((d) => d.dimension === "team x shift")!;
    expect(cross.label).toBe("Team x Shift");
    expect(cross.groups.map((g) => g.name)).toEqual(["Team A / Night", "Team A / Day"]);
  });

  it("reads lower-is-better measures the other way round", () => {
    // falls per 100 checks: Team B 20% (worse), Team A 5%, target 10% or lower
    const result = analyseRecords(set([...weekly({ team: "Team A" }, flat(0.05)), ...weekly({ team: "Team B" }, flat(0.2))], ["team"]), settings({ target: 10, direction: "down" }));
    expect(result.dimensions[0].groups.map((g) => [g.name, g.status])).toEqual([
      ["Team B", "below-target"],
      ["Team A", "embedded"],
    ]);
  });

  it("leaves out records after the review date and says so", () => {
    // Two records a week (Monday and Tuesday) for 20 weeks from 05/01/2026; the review date is
    // Monday 30/03/2026 (week 12): weeks 0-11 (24 records) and week 12's Monday are kept = 25;
    // week 12's Tuesday 31/03 and weeks 13-19 (14) are after it = 15.
    const result = analyseRecords(set(weekly({ team: "Team A" }, flat(0.96, 20)), ["team"]), settings());
    expect(result.service.records).toBe(25);
    expect(result.explanation[0]).toBe("15 records dated after the review date (30/03/2026) are left out.");
  });

  it("keeps every record of the review day, whatever its time, and none of the next day", () => {
    const at = (date: number): CompareRecord => ({ date, periodIndex: null, periodLabel: null, groups: { team: "Team A" }, passed: 9, checked: 10, score: null });
    // asOf 30/03/2026 is 46111: 46111 and 46111.99 (23:45) are on it; 46112 (31/03 00:00) is after it.
    const result = analyseRecords(set([at(asOf - 7), at(asOf), at(asOf + 0.99), at(asOf + 1)], ["team"]), settings());
    expect(result.service.records).toBe(3);
    expect(result.explanation[0]).toBe("1 record dated after the review date (30/03/2026) is left out.");
  });

  it("uses mean scores with a t interval when records carry scores", () => {
    const scores = [0.8, 0.9, 1, 0.9].map((score, i) => ({ date: firstMonday + i * 7, periodIndex: null, periodLabel: null, groups: { team: "Team A" }, passed: 0, checked: 0, score }));
    const team = analyseRecords(set(scores, ["team"]), settings({ minimumRecords: 2 })).dimensions[0].groups[0];
    expect(team.measure).toBe("score");
    expect(team.mean).toBeCloseTo(0.9, 10);
    // sd 0.0816, se 0.0408, t(0.975, 3) = 3.1824: 0.9 -/+ 0.1299, capped at 1
    expect(team.lower).toBeCloseTo(0.7701, 3);
    expect(team.upper).toBe(1);
  });
});

describe("analyseRecords without dates on some records", () => {
  it("says how many undated records it left out of a dated sheet", () => {
    const records = [...weekly({ team: "Team A" }, flat(0.96)), { date: null, periodIndex: null, periodLabel: null, groups: { team: "Team A" }, passed: 1, checked: 2, score: null }];
    const result = analyseRecords(set(records, ["team"]), settings());
    expect(result.service.records).toBe(16);
    expect(result.explanation).toContain("1 record has no date, so it is left out: add the audit date to count it.");
  });
});
