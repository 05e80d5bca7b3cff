import { analyseRecords, analysisSettingsSchema, type CompareRecord } from "../../../src/core/compare";
import { goalForSource } from "../../../src/core/compare/goalForSource";
import { recoveryStartIndex } from "../../../src/core/compare/recoveryStartIndex";

// Monday 05/01/2026 is Excel serial 46027 (=DATE(2026,1,5) in Excel).
const firstMonday = 46027;

/** One record a week with 100 items, so each week's rate is exactly the one given. */
const weekly = (location: string, rates: number[]): CompareRecord[] =>
  rates.map((rate, week) => ({ date: firstMonday + week * 7, periodIndex: null, periodLabel: null, groups: { location }, passed: Math.round(rate * 100), checked: 100, score: null }));

// A weak start (four weeks around 62%) and, from w/c 02/02/2026, eight weeks between 94% and 97%.
const rates = [0.6, 0.65, 0.62, 0.61, 0.95, 0.96, 0.94, 0.97, 0.95, 0.96, 0.95, 0.97];
const settings = (extra: Record<string, unknown> = {}) => analysisSettingsSchema.parse({ asOf: firstMonday + 7 * 12, period: "week", target: 90, ...extra });

describe("recoveryStartIndex", () => {
  it("starts the new process at the period holding the recovery start", () => {
    const periods = [{ start: 46027 }, { start: 46034 }, { start: 46041 }, { start: 46048 }];
    // Wednesday 21/01/2026 (46043) falls in w/c 19/01/2026, the third period.
    expect(recoveryStartIndex(periods, 46043, true)).toBe(2);
    expect(recoveryStartIndex(periods, 46041, true)).toBe(2);
    expect(recoveryStartIndex(periods, 46000, true)).toBeNull();
    expect(recoveryStartIndex(periods, 46043, false)).toBeNull();
    expect(recoveryStartIndex(periods, null, true)).toBeNull();
  });
});

describe("analyseRecords with a recovery start", () => {
  it("draws the limits from the recovery start and judges assurance on the new process", () => {
    const records = { title: "Location recovery", sources: [], records: weekly("Birch Court", rates), groupingColumns: ["location"] };
    const before = analyseRecords(records, settings()).dimensions[0].groups[0];
    // Over all twelve weeks the limits straddle 90%: mean 0.8525, moving ranges sum to 0.59 over 11, LPL 0.709.
    expect(before.spc?.assurance).toBe("Hit or Miss");
    expect(before.spc?.limitsFrom).toBeUndefined();

    const after = analyseRecords(records, settings({ recoveryStart: firstMonday + 28 })).dimensions[0].groups[0];
    // Hand calculation on the eight weeks from w/c 02/02/2026: mean 0.95625; moving ranges
    // 0.01, 0.02, 0.03, 0.02, 0.01, 0.01, 0.02 = 0.12 over 7; LPL = 0.95625 - 2.66 x 0.12 / 7 = 0.91065.
    expect(after.spc?.mean).toBeCloseTo(0.95625, 10);
    expect(after.spc?.lowerLimit).toBeCloseTo(0.95625 - (2.66 * 0.12) / 7, 10);
    expect(after.spc?.assurance).toBe("Pass");
    expect(after.spc?.limitsFrom).toBe("w/c 02/02/2026");
    expect(after.spc?.pointLabels).toHaveLength(12);
    expect(after.reasons.some((r) => r.includes("limits from w/c 02/02/2026, when the recovery started"))).toBe(true);
  });

  it("says when the recovery started in the explanation", () => {
    const result = analyseRecords({ title: "Location recovery", sources: [], records: weekly("Birch Court", rates), groupingColumns: ["location"] }, settings({ recoveryStart: firstMonday + 28 }));
    expect(result.settings.recoveryStart).toBe(firstMonday + 28);
    expect(result.explanation).toContain("Recovery started 02/02/2026: SPC limits come from the periods from then on; earlier periods are shown against the limits before it.");
  });
});

describe("goalForSource", () => {
  const set = (title: string) => ({ title, sources: [{ sheet: title, table: null }] });

  it("gives each audit its own deadline or weeks before the general one", () => {
    const input = { weeks: 12, weeksBySource: { "safeguarding checks": 10 }, deadlinesBySource: { "Location recovery": 46112 } };
    expect(goalForSource(input, set("Safeguarding checks"))).toEqual({ weeks: 10, setFor: "safeguarding checks" });
    expect(goalForSource(input, set("Location recovery"))).toEqual({ deadline: 46112, setFor: "Location recovery" });
    expect(goalForSource(input, set("Care record audits"))).toEqual({ weeks: 12, setFor: null });
  });

  it("puts the audit's own deadline in the analysis", () => {
    const result = analyseRecords({ title: "Safeguarding checks", sources: [], records: weekly("Birch Court", rates), groupingColumns: ["location"] }, settings({ weeks: 12, weeksBySource: { "Safeguarding checks": 10 } }));
    // Ten weeks from the first period, Monday 05/01/2026: 46027 + 70 = 46097, Monday 16/03/2026.
    expect(result.settings.deadline).toBe(46097);
    expect(result.explanation).toContain("Deadline 16/03/2026 (10 weeks from the first period, set for Safeguarding checks).");
  });

  it("refuses a deadline and weeks for the same audit", () => {
    expect(analysisSettingsSchemaFails({ deadlinesBySource: { A: 46112 }, weeksBySource: { a: 10 } })).toBe(true);
  });
});

function analysisSettingsSchemaFails(extra: Record<string, unknown>): boolean {
  return !analysisSettingsSchema.safeParse({ asOf: 46112, ...extra }).success;
}

describe("summariseGroup with a recovery start", () => {
  it("keeps judging on the whole series until the new process has 3 periods", () => {
    // The recovery started in the last week (w/c 23/03/2026): one period of the new process, too few
    // for limits of its own, so the status and SPC rest on the whole series, as without a start.
    const records = { title: "Location recovery", sources: [], records: weekly("Birch Court", rates), groupingColumns: ["location"] };
    const without = analyseRecords(records, settings()).dimensions[0].groups[0];
    const late = analyseRecords(records, settings({ recoveryStart: firstMonday + 77 })).dimensions[0].groups[0];
    expect(late.spc?.limitsFrom).toBeUndefined();
    expect([late.status, late.spc?.assurance]).toEqual([without.status, without.spc?.assurance]);
  });
});
