import { CARE_RECORD_ITEMS, CARE_TEAMS, type CareRecordAudit } from "./careRecordAudits";
import { daysBetween, type CalendarDate } from "./calendarDate";
import { LOCATIONS, type LocationEvidenceRow } from "./locationRecovery";
import { SHIFTS, STAFF_GROUPS, type SafeguardingCheck } from "./safeguardingChecks";

type Proportion = number;

/** Pooled rates per group, the numbers the expectations are tuned against. */
export interface SampleSummary {
  careRecords: {
    rowsWithoutGlitch: number;
    service: Proportion;
    byTeam: Record<string, Proportion>;
    byTeamByFortnight: Record<string, Proportion[]>;
    notApplicableCells: number;
  };
  safeguarding: {
    checks: number;
    service: Proportion;
    byStaffGroup: Record<string, Proportion>;
    byShift: Record<string, Proportion>;
    byStaffGroupAndShift: Record<string, Proportion>;
    byStaffGroupFirstAndLastFiveWeeks: Record<string, [Proportion, Proportion]>;
  };
  locations: {
    /** Mean score across sources and weeks, as a proportion. */
    byLocation: Record<string, Proportion>;
    byLocationFirstFourWeeks: Record<string, Proportion>;
    byLocationLastFourWeeks: Record<string, Proportion>;
    /** Each source's mean over the last four weeks, per location. */
    bySourceLastFourWeeks: Record<string, Record<string, Proportion>>;
  };
}

function ratio(numerator: number, denominator: number): Proportion {
  return denominator === 0 ? Number.NaN : numerator / denominator;
}

function itemPassRate(audits: readonly CareRecordAudit[]): Proportion {
  let yes = 0;
  let no = 0;
  for (const audit of audits) {
    for (const item of CARE_RECORD_ITEMS) {
      if (audit.answers[item] === "Yes") yes += 1;
      if (audit.answers[item] === "No") no += 1;
    }
  }
  return ratio(yes, yes + no);
}

function correctRate(checks: readonly SafeguardingCheck[]): Proportion {
  return ratio(
    checks.reduce((sum, check) => sum + check.correct, 0),
    checks.reduce((sum, check) => sum + check.asked, 0),
  );
}

function meanScore(rows: readonly LocationEvidenceRow[], fromWeek: number, toWeek: number): Proportion {
  const scores = rows.flatMap((row) => row.weeklyScores.slice(fromWeek, toWeek)).filter((score): score is number => score !== null);
  return ratio(
    scores.reduce((sum, score) => sum + score, 0),
    scores.length * 100,
  );
}

/**
 * Pools the generated data by group, treating the documented glitches as the reader does.
 * `glitches` maps positions in `audits` to the glitch on that row: an item's name when one answer is
 * unreadable (only that answer is left out; the row's other answers are used), or null when the whole
 * row is left out (a blank team).
 */
export function summariseSample(
  periodStart: CalendarDate,
  audits: readonly CareRecordAudit[],
  glitches: ReadonlyMap<number, string | null>,
  checks: readonly SafeguardingCheck[],
  locations: readonly LocationEvidenceRow[],
): SampleSummary {
  const clean: CareRecordAudit[] = [];
  audits.forEach((audit, index) => {
    const item = glitches.get(index);
    if (item === null) return;
    if (item === undefined) clean.push(audit);
    else clean.push({ ...audit, answers: Object.fromEntries(Object.entries(audit.answers).filter(([name]) => name !== item)) as CareRecordAudit["answers"] });
  });
  const fortnightOf = (audit: CareRecordAudit): number => Math.floor(daysBetween(periodStart, audit.auditDate) / 14);
  const weekOf = (check: SafeguardingCheck): number => Math.floor(daysBetween(periodStart, check.date) / 7);
  const weeks = locations[0].weeklyScores.length;

  const byGroup = <K extends string, T>(keys: readonly K[], rate: (key: K) => T): Record<string, T> =>
    Object.fromEntries(keys.map((key) => [key, rate(key)]));

  return {
    careRecords: {
      rowsWithoutGlitch: clean.length,
      service: itemPassRate(clean),
      byTeam: byGroup(CARE_TEAMS, (team) => itemPassRate(clean.filter((audit) => audit.team === team))),
      byTeamByFortnight: byGroup(CARE_TEAMS, (team) =>
        [0, 1, 2, 3, 4, 5].map((fortnight) =>
          itemPassRate(clean.filter((audit) => audit.team === team && fortnightOf(audit) === fortnight)),
        ),
      ),
      notApplicableCells: audits.reduce(
        (sum, audit) => sum + CARE_RECORD_ITEMS.filter((item) => audit.answers[item] === "N/A").length,
        0,
      ),
    },
    safeguarding: {
      checks: checks.length,
      service: correctRate(checks),
      byStaffGroup: byGroup(STAFF_GROUPS, (group) => correctRate(checks.filter((check) => check.staffGroup === group))),
      byShift: byGroup(SHIFTS, (shift) => correctRate(checks.filter((check) => check.shift === shift))),
      byStaffGroupAndShift: Object.fromEntries(
        STAFF_GROUPS.flatMap((group) =>
          SHIFTS.map((shift) => [
            `${group} x ${shift}`,
            correctRate(checks.filter((check) => check.staffGroup === group && check.shift === shift)),
          ]),
        ),
      ),
      byStaffGroupFirstAndLastFiveWeeks: byGroup(STAFF_GROUPS, (group): [Proportion, Proportion] => [
        correctRate(checks.filter((check) => check.staffGroup === group && weekOf(check) < 5)),
        correctRate(checks.filter((check) => check.staffGroup === group && weekOf(check) >= 5)),
      ]),
    },
    locations: {
      byLocation: byGroup(LOCATIONS, (location) => meanScore(locations.filter((row) => row.location === location), 0, weeks)),
      byLocationFirstFourWeeks: byGroup(LOCATIONS, (location) =>
        meanScore(locations.filter((row) => row.location === location), 0, 4),
      ),
      byLocationLastFourWeeks: byGroup(LOCATIONS, (location) =>
        meanScore(locations.filter((row) => row.location === location), weeks - 4, weeks),
      ),
      bySourceLastFourWeeks: byGroup(LOCATIONS, (location) =>
        Object.fromEntries(
          locations
            .filter((row) => row.location === location)
            .map((row) => [row.source, meanScore([row], weeks - 4, weeks)]),
        ),
      ),
    },
  };
}
