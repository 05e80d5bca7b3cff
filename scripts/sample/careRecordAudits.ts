import { addDays, type CalendarDate } from "./calendarDate";
import { failureBudget } from "./failureBudget";
import type { SeededRandom } from "./seededRandom";
import { weightedSampleIndices } from "./weightedSampleIndices";

/** The audit items, in the order of the sheet's columns. */
export const CARE_RECORD_ITEMS = [
  "Entry accurate",
  "Personalised (not generic)",
  "Risk updated",
  "Care plan aligned",
  "Signed and dated",
] as const;
export type CareRecordItem = (typeof CARE_RECORD_ITEMS)[number];

export const ITEM_ANSWERS = ["Yes", "No", "N/A"] as const;
export type ItemAnswer = (typeof ITEM_ANSWERS)[number];

export const CARE_TEAMS = ["Team A", "Team B", "Team C", "Team D"] as const;
export type CareTeam = (typeof CARE_TEAMS)[number];

/** One row of the audit log: one care record audited. */
export interface CareRecordAudit {
  auditDate: CalendarDate;
  team: CareTeam;
  recordId: string;
  /** Initials only: the workbook never needs a person's name. */
  auditor: string;
  answers: Record<CareRecordItem, ItemAnswer>;
  comments: string;
}

type Proportion = number;

interface TeamPlan {
  team: CareTeam;
  /** Planned item pass rate, Yes / (Yes + No), for each of the six fortnights. */
  passRateByFortnight: readonly Proportion[];
  /** Relative chance that a failure falls on each item (the team's typical weaknesses). */
  failureWeightByItem: Record<CareRecordItem, number>;
  /** Weekday of the team's usual audit, 0 = Monday. */
  usualAuditWeekday: number;
  /** What the quality lead writes against a failed item for this team. */
  failureComments: Partial<Record<CareRecordItem, readonly string[]>>;
  /** What gets written, now and then, against a record with nothing wrong. */
  praiseComments: readonly string[];
  /** The fortnight (0-based) from which praise starts to appear. */
  praiseFromFortnight: number;
}

const commonFailureComments: Record<CareRecordItem, readonly string[]> = {
  "Entry accurate": ["Time of support not recorded", "Fluid total missing", "Entry does not match handover note"],
  "Personalised (not generic)": ["Generic wording", "Describes tasks, not the person's preferences"],
  "Risk updated": ["Risk not updated since review", "Falls risk not updated after fall"],
  "Care plan aligned": ["Care plan says 2 staff for transfers, note records 1", "Diet in note differs from care plan"],
  "Signed and dated": ["Entry not signed", "Late entry not marked as late"],
};

// Team A is the article's fast improver, Team B the team that stays stuck with generic notes and
// stale risk detail, Teams C and D the steady teams whose results lift the service average above
// target. The rates are tuned so that the service's pooled rate is about 91% while Team B's is
// about 78%: the "service average hides one team" situation.
const teamPlans: readonly TeamPlan[] = [
  {
    team: "Team A",
    passRateByFortnight: [0.8, 0.89, 0.95, 0.97, 0.975, 0.98],
    failureWeightByItem: {
      "Entry accurate": 1.5,
      "Personalised (not generic)": 2,
      "Risk updated": 1.5,
      "Care plan aligned": 1,
      "Signed and dated": 1,
    },
    usualAuditWeekday: 1,
    failureComments: {},
    praiseComments: ["Good detail of person's choices", "Clear link to care plan", "Improved detail since coaching"],
    praiseFromFortnight: 2,
  },
  {
    team: "Team B",
    passRateByFortnight: [0.77, 0.79, 0.765, 0.79, 0.775, 0.795],
    failureWeightByItem: {
      "Entry accurate": 1,
      "Personalised (not generic)": 3.5,
      "Risk updated": 3,
      "Care plan aligned": 1.5,
      "Signed and dated": 0.6,
    },
    usualAuditWeekday: 2,
    failureComments: {
      "Personalised (not generic)": [
        "Generic wording",
        "Generic wording",
        "Generic wording, same phrases as previous days",
        "Copied from previous entry",
      ],
      "Risk updated": ["Risk not updated since review", "Risk not updated since review", "Risk detail missing after incident"],
      "Care plan aligned": ["Note does not reflect current care plan", "Care plan changes not carried into notes"],
    },
    praiseComments: ["Better detail on this entry"],
    praiseFromFortnight: 4,
  },
  {
    team: "Team C",
    passRateByFortnight: [0.955, 0.95, 0.96, 0.955, 0.96, 0.955],
    failureWeightByItem: {
      "Entry accurate": 1,
      "Personalised (not generic)": 1,
      "Risk updated": 1,
      "Care plan aligned": 1,
      "Signed and dated": 1.5,
    },
    usualAuditWeekday: 3,
    failureComments: {},
    praiseComments: ["Good entry"],
    praiseFromFortnight: 0,
  },
  {
    team: "Team D",
    passRateByFortnight: [0.96, 0.965, 0.955, 0.97, 0.96, 0.965],
    failureWeightByItem: {
      "Entry accurate": 1,
      "Personalised (not generic)": 1,
      "Risk updated": 1.2,
      "Care plan aligned": 1,
      "Signed and dated": 1.5,
    },
    usualAuditWeekday: 1,
    failureComments: {},
    praiseComments: ["Good entry", "Person-centred and clear"],
    praiseFromFortnight: 0,
  },
];

const fortnights = 6;
const peopleSupportedPerTeam = 22;
const recordsPerAuditMinimum = 10;
const recordsPerAuditMaximum = 14;
/** Quality lead, deputy manager: initials only. */
const auditors = ["JL", "JL", "JL", "SN"] as const;
const notApplicableChance: Partial<Record<CareRecordItem, Proportion>> = {
  "Risk updated": 0.03,
  "Care plan aligned": 0.008,
};
const notApplicableComments: Partial<Record<CareRecordItem, string>> = {
  "Risk updated": "No risk review due in period",
  "Care plan aligned": "New admission, care plan in draft",
};

/** Record IDs as the service numbers its care records, CR-0101 to CR-0499, dealt out to the teams. */
function recordIdsByTeam(random: SeededRandom): Record<CareTeam, string[]> {
  const numbers = Array.from({ length: 399 }, (_, index) => 101 + index);
  const chosen = random.sample(numbers, peopleSupportedPerTeam * CARE_TEAMS.length);
  const byTeam = {} as Record<CareTeam, string[]>;
  CARE_TEAMS.forEach((team, teamIndex) => {
    byTeam[team] = chosen
      .slice(teamIndex * peopleSupportedPerTeam, (teamIndex + 1) * peopleSupportedPerTeam)
      .map((number) => `CR-${String(number).padStart(4, "0")}`);
  });
  return byTeam;
}

/** Audit days for one team's fortnight: usually its usual weekday, sometimes slipped a week, sometimes two days. */
function auditDays(plan: TeamPlan, fortnightStart: CalendarDate, records: number, random: SeededRandom): CalendarDate[] {
  const slippedToSecondWeek = random.chance(0.3);
  const firstDay = addDays(fortnightStart, plan.usualAuditWeekday + (slippedToSecondWeek ? 7 : 0));
  const splitOverTwoDays = records >= 12 && random.chance(0.5);
  return Array.from({ length: records }, (_, index) =>
    splitOverTwoDays && index >= Math.ceil(records / 2) ? addDays(firstDay, 1) : firstDay,
  );
}

function commentFor(plan: TeamPlan, failed: CareRecordItem[], notApplicable: CareRecordItem[], fortnight: number, random: SeededRandom): string {
  const phrases = failed.slice(0, 2).map((item) => random.pick(plan.failureComments[item] ?? commonFailureComments[item]));
  if (failed.length > 2) phrases.push("Several gaps; discussed with team leader");
  notApplicable.forEach((item) => {
    const comment = notApplicableComments[item];
    if (comment && phrases.length < 2) phrases.push(comment);
  });
  if (phrases.length === 0 && fortnight >= plan.praiseFromFortnight && random.chance(0.12)) {
    phrases.push(random.pick(plan.praiseComments));
  }
  return [...new Set(phrases)].join("; ");
}

/**
 * The care record audit log: each team sampled once a fortnight (10-14 records) over the twelve
 * weeks from `periodStart`, sorted as a quality lead keeps it, by date then team then record.
 */
export function buildCareRecordAudits(periodStart: CalendarDate, random: SeededRandom): CareRecordAudit[] {
  const recordIds = recordIdsByTeam(random);
  const audits: CareRecordAudit[] = [];

  for (const plan of teamPlans) {
    const budget = failureBudget(random);
    for (let fortnight = 0; fortnight < fortnights; fortnight += 1) {
      const fortnightStart = addDays(periodStart, fortnight * 14);
      const records = random.integer(recordsPerAuditMinimum, recordsPerAuditMaximum);
      const sampledIds = random.sample(recordIds[plan.team], records).sort();
      const days = auditDays(plan, fortnightStart, records, random);

      const answers = sampledIds.map(() => {
        const row = {} as Record<CareRecordItem, ItemAnswer>;
        CARE_RECORD_ITEMS.forEach((item) => {
          row[item] = random.chance(notApplicableChance[item] ?? 0) ? "N/A" : "Yes";
        });
        return row;
      });

      // Some records are simply poorer than others, so failures cluster as they do in real audits.
      const recordWeights = sampledIds.map(() => 0.3 + 1.7 * random.next());
      const cells = answers.flatMap((row, recordIndex) =>
        CARE_RECORD_ITEMS.filter((item) => row[item] !== "N/A").map((item) => ({ recordIndex, item })),
      );
      const failures = budget.take((1 - plan.passRateByFortnight[fortnight]) * cells.length, cells.length);
      const weights = cells.map((cell) => recordWeights[cell.recordIndex] * plan.failureWeightByItem[cell.item]);
      weightedSampleIndices(weights, failures, random).forEach((cellIndex) => {
        const { recordIndex, item } = cells[cellIndex];
        answers[recordIndex][item] = "No";
      });

      const auditor = random.pick(auditors);
      sampledIds.forEach((recordId, recordIndex) => {
        const row = answers[recordIndex];
        const failed = CARE_RECORD_ITEMS.filter((item) => row[item] === "No");
        const notApplicable = CARE_RECORD_ITEMS.filter((item) => row[item] === "N/A");
        audits.push({
          auditDate: days[recordIndex],
          team: plan.team,
          recordId,
          auditor,
          answers: row,
          comments: commentFor(plan, failed, notApplicable, fortnight, random),
        });
      });
    }
  }

  return audits.sort(
    (left, right) =>
      left.auditDate.getTime() - right.auditDate.getTime() ||
      left.team.localeCompare(right.team) ||
      left.recordId.localeCompare(right.recordId),
  );
}
