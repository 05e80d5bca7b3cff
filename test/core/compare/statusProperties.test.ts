// Property tests (fast-check): worse evidence never gives a kinder status. "Kinder" is defined once,
// by statusesKindestFirst below; each property runs at least 200 random workbooks.
import fc from "fast-check";
import { analyseRecords, analysisSettingsSchema, GROUP_STATUSES, type CompareRecord, type GroupStatus, type RecordSet } from "../../../src/core/compare";

// Monday 05/01/2026 is Excel serial 46027 (=DATE(2026,1,5) in Excel).
const firstMonday = 46027;
const weeks = 8;
// The Monday after the last week: every week is complete, so no period is partial.
const asOf = firstMonday + 7 * weeks;
const runs = { numRuns: 250 };

/**
 * The statuses from kindest to harshest: worse evidence (a higher target, lower scores, a lower
 * latest period) may only move a group to the right of this list, never to the left.
 */
const statusesKindestFirst: readonly GroupStatus[] = ["embedded", "improving", "fragile", "insufficient-evidence", "below-target", "deteriorating"];
const harshness = (status: GroupStatus) => statusesKindestFirst.indexOf(status);

interface Row {
  team: string;
  week: number;
  day: number;
  passed: number;
  checked: number;
}

// Each team has a level near the usual targets, a weekly trend and week-to-week noise, so that every
// status turns up (a team sits near 100%, one falls at the end, one climbs, one is hit and miss).
const team = fc.record({
  level: fc.integer({ min: 60, max: 100 }),
  slope: fc.integer({ min: -3, max: 3 }),
  noise: fc.array(fc.integer({ min: -8, max: 8 }), { minLength: weeks, maxLength: weeks }),
  recordsPerWeek: fc.integer({ min: 1, max: 3 }),
  weeksAudited: fc.integer({ min: 2, max: weeks }),
});
const checkedPerRecord = 10;
const rows: fc.Arbitrary<Row[]> = fc.array(team, { minLength: 1, maxLength: 3 }).map((teams) =>
  teams.flatMap((t, index) =>
    Array.from({ length: t.weeksAudited }, (_, week) => {
      const rate = Math.min(100, Math.max(0, t.level + t.slope * (week - t.weeksAudited + 1) + t.noise[week])) / 100;
      return Array.from({ length: t.recordsPerWeek }, (__, day) => ({ team: `Team ${index + 1}`, week, day, checked: checkedPerRecord, passed: Math.round(rate * checkedPerRecord) }));
    }).flat()
  )
);
const deadlineWeeks = fc.constantFrom(undefined, 4, 8, 12, 30);

const passFailRecords = (list: Row[]): CompareRecord[] =>
  list.map((r) => ({ date: firstMonday + r.week * 7 + r.day, periodIndex: null, periodLabel: null, groups: { team: r.team }, passed: r.passed, checked: r.checked, score: null }));

const scoreRecords = (list: { team: string; week: number; day: number; score: number }[]): CompareRecord[] =>
  list.map((r) => ({ date: firstMonday + r.week * 7 + r.day, periodIndex: null, periodLabel: null, groups: { team: r.team }, passed: 0, checked: 0, score: r.score / 100 }));

function statuses(records: CompareRecord[], extra: Record<string, unknown>): Map<string, GroupStatus> {
  return statusesAsOf(records, asOf, extra);
}

/** As-of dates from inside the fifth week to well after every deadline: partial weeks and passed deadlines turn up. */
const asOfDates = fc.integer({ min: firstMonday + 30, max: firstMonday + 120 });

function statusesAsOf(records: CompareRecord[], asOfDate: number, extra: Record<string, unknown>): Map<string, GroupStatus> {
  const set: RecordSet = { title: "Audits", sources: [], records, groupingColumns: ["team"] };
  const result = analyseRecords(set, analysisSettingsSchema.parse({ period: "week", ...extra, asOf: asOfDate }));
  return new Map(result.dimensions[0].groups.map((g) => [g.name, g.status]));
}

function neverKinder(before: Map<string, GroupStatus>, after: Map<string, GroupStatus>): void {
  for (const [name, status] of before) {
    const worse = after.get(name)!;
    // Said as a pair, so a failure names the group and both statuses.
    if (harshness(worse) < harshness(status)) expect([name, status, worse]).toEqual([name, status, "no kinder status"]);
  }
}

describe("the order of kindness the properties use", () => {
  it("orders every status exactly once", () => {
    expect([...statusesKindestFirst].sort()).toEqual([...GROUP_STATUSES].sort());
  });
});

describe("classifyGroup through analyseRecords (properties)", () => {
  it("never gives a kinder status when the target is raised", () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 50, max: 98 }), fc.integer({ min: 1, max: 20 }), deadlineWeeks, (list, target, raise, deadline) => {
        const records = passFailRecords(list);
        const higher = Math.min(100, target + raise);
        neverKinder(statuses(records, { target, weeks: deadline }), statuses(records, { target: higher, weeks: deadline }));
      }),
      runs
    );
  });

  it("never gives a kinder status when every score is lowered by the same amount", () => {
    // The same teams as scored audits: a score from 20 to 100, so lowering it stays a score.
    const scored = rows.map((list) => list.map((r) => ({ team: r.team, week: r.week, day: r.day, score: 20 + r.passed * 8 })));
    fc.assert(
      fc.property(scored, fc.integer({ min: 1, max: 20 }), fc.integer({ min: 60, max: 98 }), deadlineWeeks, (list, drop, target, deadline) => {
        const lowered = list.map((r) => ({ ...r, score: r.score - drop }));
        neverKinder(statuses(scoreRecords(list), { target, weeks: deadline }), statuses(scoreRecords(lowered), { target, weeks: deadline }));
      }),
      runs
    );
  });

  it("never gives a kinder status when a group's latest period scores lower (pass/fail items)", () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 50, max: 98 }), fc.integer({ min: 1, max: 8 }), deadlineWeeks, (list, target, fewer, deadline) => {
        const team = list[0].team;
        const latestWeek = Math.max(...list.filter((r) => r.team === team).map((r) => r.week));
        const lowered = list.map((r) => (r.team === team && r.week === latestWeek ? { ...r, passed: Math.max(0, r.passed - fewer) } : r));
        const before = statuses(passFailRecords(list), { target, weeks: deadline });
        const after = statuses(passFailRecords(lowered), { target, weeks: deadline });
        neverKinder(new Map([[team, before.get(team)!]]), after);
      }),
      runs
    );
  });

  it("gives the same statuses, partial periods and watch notes whatever the order of the rows", () => {
    // Periods chosen from the data and an as-of date anywhere in the last weeks, so that partial periods turn up.
    fc.assert(
      fc.property(rows, fc.integer({ min: 50, max: 98 }), fc.integer({ min: 0, max: 20 }), fc.integer(), (list, target, asOfDays, seed) => {
        const records = passFailRecords(list);
        const shuffled = records.map((record, index) => ({ record, order: (index * 7919 + seed) % 104729 })).sort((a, b) => a.order - b.order).map((r) => r.record);
        const read = (input: CompareRecord[]) =>
          analyseRecords({ title: "Audits", sources: [], records: input, groupingColumns: ["team"] }, analysisSettingsSchema.parse({ asOf: firstMonday + 42 + asOfDays, target }))
            .dimensions[0].groups.map((g) => [g.name, g.status, g.watch ?? null, g.series.map((p) => p.partial ?? false)])
            .sort();
        expect(read(shuffled)).toEqual(read(records));
      }),
      runs
    );
  });

  it("never gives a kinder status for worse evidence whatever the as-of date (partial weeks, passed deadlines)", () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 50, max: 98 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 8 }), deadlineWeeks, asOfDates, (list, target, raise, fewer, deadline, asOfDate) => {
        const records = passFailRecords(list);
        const before = statusesAsOf(records, asOfDate, { target, weeks: deadline });
        neverKinder(before, statusesAsOf(records, asOfDate, { target: Math.min(100, target + raise), weeks: deadline }));
        const team = list[0].team;
        const latestWeek = Math.max(...list.filter((r) => r.team === team).map((r) => r.week));
        const lowered = list.map((r) => (r.team === team && r.week === latestWeek ? { ...r, passed: Math.max(0, r.passed - fewer) } : r));
        neverKinder(new Map([[team, before.get(team)!]]), statusesAsOf(passFailRecords(lowered), asOfDate, { target, weeks: deadline }));
      }),
      runs
    );
  });
});
