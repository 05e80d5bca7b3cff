// Property tests (fast-check): the question-level comparison, repeated gaps and variation over time
// do not depend on the order of the rows, and every shortfall's shares add up to the whole.
import fc from "fast-check";
import { analyseRecords, analysisSettingsSchema, type CompareRecord } from "../../../src/core/compare";

// Monday 05/01/2026 is Excel serial 46027 (=DATE(2026,1,5) in Excel).
const firstMonday = 46027;
const weeks = 6;
const questions = ["Accurate", "Personalised", "Risk updated"];
const runs = { numRuns: 100 };

/** A record: a team, a week, a day in it and three answers (1 Yes, 0 No, NaN not answered). */
const record = fc.record({
  team: fc.constantFrom("Team A", "Team B", "Team C"),
  week: fc.integer({ min: 0, max: weeks - 1 }),
  day: fc.integer({ min: 0, max: 4 }),
  answers: fc.array(fc.constantFrom(1, 0, 1, 1, Number.NaN), { minLength: 3, maxLength: 3 }),
});

function toRecords(rows: { team: string; week: number; day: number; answers: number[] }[]): CompareRecord[] {
  const groups = new Map<string, Record<string, string>>();
  return rows.flatMap((row) => {
    const answered = row.answers.filter(Number.isFinite);
    if (answered.length === 0) return [];
    let group = groups.get(row.team);
    if (!group) groups.set(row.team, (group = { team: row.team }));
    return [{ date: firstMonday + row.week * 7 + row.day, periodIndex: null, periodLabel: null, groups: group, passed: answered.reduce((a, b) => a + b, 0), checked: answered.length, score: null, answers: row.answers }];
  });
}

const analyse = (records: CompareRecord[]) =>
  analyseRecords({ title: "Care record audits", sources: [], records, groupingColumns: ["team"], questions: { names: questions, measure: "pass-rate" } }, analysisSettingsSchema.parse({ asOf: firstMonday + 7 * weeks, period: "week", target: 90 }));

describe("analyseBeneathTheScore", () => {
  it("gives the same questions, repeated gaps and variation whatever the row order", () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 10, maxLength: 60 }), fc.integer(), (rows, seed) => {
        const records = toRecords(rows);
        const shuffled = [...records].sort((a, b) => (((a.date ?? 0) * 31 + seed) % 7) - (((b.date ?? 0) * 31 + seed) % 7) || a.groups.team.localeCompare(b.groups.team));
        const first = analyse(records);
        const second = analyse(shuffled);
        const view = (result: ReturnType<typeof analyse>) => JSON.stringify({ questions: result.questions, repeated: result.repeatedGaps, variation: result.variationOverTime }, (_, v) => (typeof v === "number" ? Number(v.toFixed(9)) : v));
        expect(view(second)).toBe(view(first));
      }),
      runs,
    );
  });

  it("shares every group's shortfall out whole among its questions", () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 10, maxLength: 60 }), (rows) => {
        for (const comparison of analyse(toRecords(rows)).questions ?? []) {
          for (const shortfall of comparison.shortfalls) {
            expect(shortfall.drivers.reduce((sum, d) => sum + d.share, 0)).toBeCloseTo(1, 9);
            expect(shortfall.main.length).toBeGreaterThan(0);
          }
        }
      }),
      runs,
    );
  });
});
