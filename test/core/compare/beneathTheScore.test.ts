import { analyseRecords, analysisSettingsSchema, type CompareRecord, type RecordSet } from "../../../src/core/compare";
import { gapPoints, gapSlopePerWeek } from "../../../src/core/compare/variationOverTime";

// Monday 05/01/2026 is Excel serial 46027 (=DATE(2026,1,5) in Excel).
const firstMonday = 46027;
const questions = ["Accurate", "Personalised", "Risk updated", "Signed"];

/**
 * Two records a week for `weeks` weeks, each answering the four questions: every answer Yes except
 * "Risk updated", which is Yes when `riskYes(week, record)` says so.
 */
function itemRecords(groups: Record<string, string>, weeks: number, riskYes: (week: number, record: number) => boolean): CompareRecord[] {
  return Array.from({ length: weeks }, (_, week) =>
    [0, 1].map((record) => {
      const answers = [1, 1, riskYes(week, record) ? 1 : 0, 1];
      const passed = answers.reduce((a, b) => a + b, 0);
      return { date: firstMonday + week * 7 + record, periodIndex: null, periodLabel: null, groups, passed, checked: 4, score: null, answers };
    }),
  ).flat();
}

const itemSet = (records: CompareRecord[]): RecordSet => ({ title: "Care record audits", sources: [], records, groupingColumns: ["team"], questions: { names: questions, measure: "pass-rate" } });
const settings = (weeks: number, extra: Record<string, unknown> = {}) => analysisSettingsSchema.parse({ asOf: firstMonday + 7 * weeks, period: "week", target: 90, ...extra });

describe("compareQuestions", () => {
  // Teams A and C answer "Risk updated" Yes 15 times in 16 (one No in week 1); Team B only 4 times in
  // 16 (the first record of weeks 1, 3, 5 and 7). Every other answer is Yes.
  const oneQuestion = analyseRecords(
    itemSet([
      ...itemRecords({ team: "Team A" }, 8, (week, record) => !(week === 0 && record === 0)),
      ...itemRecords({ team: "Team B" }, 8, (week, record) => week % 2 === 0 && record === 0),
      ...itemRecords({ team: "Team C" }, 8, (week, record) => !(week === 0 && record === 0)),
    ]),
    settings(8),
  );

  it("gives every question's rate per group with its Wilson interval and gap to the rest", () => {
    const [team] = oneQuestion.questions ?? [];
    expect(team.measure).toBe("pass-rate");
    const risk = team.questions.find((q) => q.question === "Risk updated")!;
    // Service: 15 + 4 + 15 = 34 Yes of 48.
    expect(risk.serviceMean).toBeCloseTo(34 / 48, 12);
    const teamB = risk.groups.find((g) => g.group === "Team B")!;
    expect(teamB.answered).toBe(16);
    expect(teamB.mean).toBeCloseTo(0.25, 12);
    // Rest of the service: Teams A and C, 30 Yes of 32.
    expect(teamB.restMean).toBeCloseTo(30 / 32, 12);
    expect(teamB.gapToRest).toBeCloseTo(0.25 - 30 / 32, 12);
    // Wilson 4/16 at 95%: (2x + z^2 -/+ z sqrt(z^2 + 4x(1 - x/n))) / (2(n + z^2)), z = 1.959964 (Wilson 1927, JASA 22:209).
    const z = 1.959964;
    const root = z * Math.sqrt(z * z + 4 * 4 * (1 - 4 / 16));
    expect(teamB.lower).toBeCloseTo((8 + z * z - root) / (2 * (16 + z * z)), 6);
    expect(teamB.upper).toBeCloseTo((8 + z * z + root) / (2 * (16 + z * z)), 6);
  });

  it("names the one question behind a group's shortfall, for that group only", () => {
    const [team] = oneQuestion.questions ?? [];
    expect(team.shortfalls.map((s) => s.group)).toEqual(["Team B"]);
    const [shortfall] = team.shortfalls;
    expect(shortfall.basis).toBe("rest-of-service");
    expect(shortfall.main).toEqual(["Risk updated"]);
    // Missing Yes answers: 16 x (30/32 - 4/16) = 11, all on "Risk updated".
    expect(shortfall.drivers).toHaveLength(1);
    expect(shortfall.drivers[0].missing).toBeCloseTo(11, 10);
    expect(shortfall.drivers[0].share).toBe(1);
    // Team B overall: 48 + 4 = 52 Yes of 64 = 81.25%.
    expect(shortfall.sentence).toBe("81% overall; all of the gap is 'Risk updated' at 25% against 94% for other teams.");
  });

  it("puts the shortfall in the group's reasons and on the group, second after the headline", () => {
    const teamB = oneQuestion.dimensions[0].groups.find((g) => g.name === "Team B")!;
    expect(teamB.status).toBe("below-target");
    expect(teamB.reasons[1]).toBe("Team B: 81% overall; all of the gap is 'Risk updated' at 25% against 94% for other teams.");
    expect(teamB.questionShortfall?.main).toEqual(["Risk updated"]);
    const teamA = oneQuestion.dimensions[0].groups.find((g) => g.name === "Team A")!;
    expect(teamA.questionShortfall).toBeNull();
    expect(teamA.reasons.join(" ")).not.toContain("of the gap is");
  });

  it("falls back to the target when the group is no worse than the others on any question", () => {
    // Both teams answer "Risk updated" Yes in 1 record of 2: 50% each, 87.5% overall, below 90%.
    const shared = analyseRecords(
      itemSet([...itemRecords({ team: "Team A" }, 8, (_, record) => record === 0), ...itemRecords({ team: "Team B" }, 8, (_, record) => record === 0)]),
      settings(8),
    );
    const [team] = shared.questions ?? [];
    expect(team.shortfalls.map((s) => [s.group, s.basis, s.main])).toEqual([
      ["Team A", "target", ["Risk updated"]],
      ["Team B", "target", ["Risk updated"]],
    ]);
    expect(team.shortfalls[0].sentence).toBe("88% overall; all of the gap is 'Risk updated' at 50%, against the 90% target (other teams do no better on it).");
  });

  it("treats several score columns as sub-scores", () => {
    // Two sub-scores: Team B scores 0.5 on "Risk" and 0.95 on "Accuracy" every week; Team A 0.95 on both.
    const scored = (team: string, risk: number): CompareRecord[] =>
      Array.from({ length: 8 }, (_, week) => ({ date: firstMonday + week * 7, periodIndex: null, periodLabel: null, groups: { team }, passed: 0, checked: 0, score: (risk + 0.95) / 2, answers: [0.95, risk] }));
    const result = analyseRecords(
      { title: "Scores", sources: [], records: [...scored("Team A", 0.95), ...scored("Team B", 0.5)], groupingColumns: ["team"], questions: { names: ["Accuracy", "Risk"], measure: "score" } },
      settings(8),
    );
    const [team] = result.questions ?? [];
    expect(team.measure).toBe("score");
    expect(team.shortfalls[0].group).toBe("Team B");
    // 8 records x (0.95 - 0.5) = 3.6 score points missing on "Risk", none on "Accuracy".
    expect(team.shortfalls[0].drivers.map((d) => [d.question, Number(d.missing.toFixed(10))])).toEqual([["Risk", 3.6]]);
  });

  it("gives no question comparison without question columns", () => {
    const result = analyseRecords({ ...itemSet(itemRecords({ team: "Team A" }, 4, () => true)), questions: null }, settings(4));
    expect(result.questions).toEqual([]);
  });
});

describe("findRepeatedGaps", () => {
  it("reports a question failing in four consecutive periods for one group", () => {
    // Team E answers "Risk updated" No in both records of weeks 5 to 8 (Yes before): 4 weeks at 0%,
    // and 6 of 8 = 75% overall in those weeks.
    const result = analyseRecords(
      itemSet([...itemRecords({ team: "Team A" }, 8, () => true), ...itemRecords({ team: "Team E" }, 8, (week) => week < 4)]),
      settings(8),
    );
    const gaps = (result.repeatedGaps ?? []).filter((g) => g.group === "Team E");
    expect(gaps.map((g) => [g.question, g.periods])).toEqual([
      [null, 4],
      ["Risk updated", 4],
    ]);
    expect(gaps[1].sentence).toBe("Team E: 'Risk updated' below the 90% target in each of the last 4 periods (0%, 0%, 0%, 0%): a repeated gap.");
    const teamE = result.dimensions[0].groups.find((g) => g.name === "Team E")!;
    expect(teamE.reasons).toContain(gaps[1].sentence);
    expect(teamE.repeatedGaps).toHaveLength(2);
  });

  it("does not report a question failing in alternate periods", () => {
    // Team D answers "Risk updated" No in both records of weeks 2, 4, 6 and 8: never two weeks running.
    const result = analyseRecords(
      itemSet([...itemRecords({ team: "Team A" }, 8, () => true), ...itemRecords({ team: "Team D" }, 8, (week) => week % 2 === 0)]),
      settings(8),
    );
    expect(result.repeatedGaps).toEqual([]);
  });

  it("needs as many periods as it takes to close an action", () => {
    // Team E fails weeks 6 to 8 only: 3 periods, a repeated gap at periodsToClose 3, not at 4.
    const records = itemSet([...itemRecords({ team: "Team A" }, 8, () => true), ...itemRecords({ team: "Team E" }, 8, (week) => week < 5)]);
    expect(analyseRecords(records, settings(8)).repeatedGaps?.filter((g) => g.question !== null).map((g) => g.periods)).toEqual([3]);
    expect(analyseRecords(records, settings(8, { periodsToClose: 4 })).repeatedGaps).toEqual([]);
  });
});

describe("variationOverTime", () => {
  /** One record a week with 100 items, so each week's rate is exactly the one given. */
  const weekly = (team: string, rates: number[]): CompareRecord[] =>
    rates.map((rate, week) => ({ date: firstMonday + week * 7, periodIndex: null, periodLabel: null, groups: { team }, passed: Math.round(rate * 100), checked: 100, score: null }));
  const steady = Array.from({ length: 12 }, () => 0.95);
  // Team B rises 2 points a week from 70% to 92%: the gap to Team A's 95% falls from 25 to 3 points.
  const rising = Array.from({ length: 12 }, (_, week) => 0.7 + 0.02 * week);

  it("describes a narrowing gap", () => {
    const result = analyseRecords({ title: "Care record audits", sources: [], records: [...weekly("Team A", steady), ...weekly("Team B", rising)], groupingColumns: ["team"] }, settings(12));
    const [team] = result.variationOverTime ?? [];
    expect(team.points.map((p) => Math.round(p.gap * 100))).toEqual([25, 23, 21, 19, 17, 15, 13, 11, 9, 7, 5, 3]);
    // Hand calculation: the gap falls exactly 2 points every week, so the least-squares slope is -0.02.
    expect(team.slopePerWeek).toBeCloseTo(-0.02, 12);
    expect(team.direction).toBe("narrowing");
    // Twelve falling points: the trend rule (7 or more) flags them; smaller is better, so "Improvement (Low)".
    expect(team.spc?.variation).toBe("Improvement (Low)");
    expect(team.sentence).toBe("Gap between teams narrowing from 25 to 3 points over 12 weeks (SPC: Improvement (Low), a real reduction; latest w/c 23/03/2026: 3 points between Team A and Team B).");
  });

  it("describes a widening gap", () => {
    const falling = [...rising].reverse();
    const result = analyseRecords({ title: "Care record audits", sources: [], records: [...weekly("Team A", steady), ...weekly("Team B", falling)], groupingColumns: ["team"] }, settings(12));
    const [team] = result.variationOverTime ?? [];
    expect(team.direction).toBe("widening");
    expect(team.sentence).toMatch(/^Gap between teams widening from 3 to 25 points over 12 weeks \(SPC: Concern \(High\), a real widening;/);
  });

  it("calls a gap that barely moves steady", () => {
    const wobble = Array.from({ length: 12 }, (_, week) => (week % 2 === 0 ? 0.84 : 0.86));
    const result = analyseRecords({ title: "Care record audits", sources: [], records: [...weekly("Team A", steady), ...weekly("Team B", wobble)], groupingColumns: ["team"] }, settings(12));
    expect(result.variationOverTime?.[0].direction).toBe("steady");
    expect(result.variationOverTime?.[0].sentence).toMatch(/^Gap between teams steady at about 10 points over 12 weeks/);
  });

  it("says '1 point', not '1 points'", () => {
    // Team B at 94% against Team A's 95% every week: a steady gap of exactly 1 point.
    const result = analyseRecords({ title: "Care record audits", sources: [], records: [...weekly("Team A", steady), ...weekly("Team B", steady.map(() => 0.94))], groupingColumns: ["team"] }, settings(12));
    expect(result.variationOverTime?.[0].sentence).toMatch(/^Gap between teams steady at about 1 point over 12 weeks \(.*latest w\/c 23\/03\/2026: 1 point between Team A and Team B\)\.$/);
  });
});

describe("gapPoints", () => {
  it("takes the best and the worst group of each period with two or more groups", () => {
    const points = gapPoints([
      { name: "A", series: [{ start: 1, label: "P1", value: 0.9 }, { start: 2, label: "P2", value: 0.8 }] },
      { name: "B", series: [{ start: 1, label: "P1", value: 0.6 }] },
    ]);
    expect(points).toEqual([{ start: 1, label: "P1", gap: 0.9 - 0.6, best: "A", worst: "B", groups: 2 }]);
  });
});

describe("gapSlopePerWeek", () => {
  it("gives the least-squares slope per week of the gaps", () => {
    // Hand calculation: x = 0, 1, 3 weeks, y = 0.30, 0.20, 0.10; mean x 4/3, mean y 0.2;
    // Sxy = (-4/3)(0.1) + (-1/3)(0) + (5/3)(-0.1) = -0.3; Sxx = 16/9 + 1/9 + 25/9 = 42/9; slope = -0.3 / (42/9) = -0.0642857...
    expect(gapSlopePerWeek([{ start: 46027, gap: 0.3 }, { start: 46034, gap: 0.2 }, { start: 46048, gap: 0.1 }], true)).toBeCloseTo(-0.3 / (42 / 9), 12);
  });
});
