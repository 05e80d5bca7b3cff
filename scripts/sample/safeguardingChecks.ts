import { addDays, type CalendarDate } from "./calendarDate";
import { failureBudget, type FailureBudget } from "./failureBudget";
import type { SeededRandom } from "./seededRandom";
import { weightedSampleIndices } from "./weightedSampleIndices";

export const STAFF_GROUPS = ["Senior carer", "Care staff (established)", "New starter (<6 months)"] as const;
export type StaffGroup = (typeof STAFF_GROUPS)[number];

export const SHIFTS = ["Day", "Night"] as const;
export type Shift = (typeof SHIFTS)[number];

/** Scenarios used in supervision, with the number of questions each one asks. */
export const SAFEGUARDING_SCENARIOS = [
  { scenario: "Unexplained bruising", questions: 6 },
  { scenario: "Financial abuse disclosure", questions: 6 },
  { scenario: "Night-time fall with injury", questions: 6 },
  { scenario: "Whistleblowing concern", questions: 5 },
  { scenario: "Missed medicines causing harm", questions: 6 },
  { scenario: "Self-neglect and refused care", questions: 5 },
] as const;

/** One row of the safeguarding sheet: one member of staff tested on one scenario. */
export interface SafeguardingCheck {
  date: CalendarDate;
  staffGroup: StaffGroup;
  shift: Shift;
  /** Initials only. */
  staff: string;
  scenario: string;
  correct: number;
  asked: number;
}

type Proportion = number;

interface CellPlan {
  staffGroup: StaffGroup;
  shift: Shift;
  /** Members of staff in this group on this shift. */
  headcount: number;
  /** Checks per week; a fractional part means an extra check in alternate weeks. */
  checksPerWeek: number;
  /** Planned proportion of correct answers in week `week` (0-based). */
  correctRate(week: number): Proportion;
}

// Seniors answer well on both shifts; for everyone else nights run about ten points below days, and
// new starters start near 80% on days and improve only slowly: the article's second situation.
const newStarterWeeklyGain = 0.01;
const nightGapForNonSeniors = 0.1;
const cellPlans: readonly CellPlan[] = [
  { staffGroup: "Senior carer", shift: "Day", headcount: 4, checksPerWeek: 1, correctRate: () => 0.99 },
  { staffGroup: "Senior carer", shift: "Night", headcount: 2, checksPerWeek: 1, correctRate: () => 0.98 },
  { staffGroup: "Care staff (established)", shift: "Day", headcount: 12, checksPerWeek: 3, correctRate: () => 0.985 },
  {
    staffGroup: "Care staff (established)",
    shift: "Night",
    headcount: 7,
    checksPerWeek: 2,
    correctRate: () => 0.985 - nightGapForNonSeniors,
  },
  {
    staffGroup: "New starter (<6 months)",
    shift: "Day",
    headcount: 6,
    checksPerWeek: 2,
    correctRate: (week) => 0.8 + newStarterWeeklyGain * week,
  },
  {
    staffGroup: "New starter (<6 months)",
    shift: "Night",
    headcount: 4,
    checksPerWeek: 1.5,
    correctRate: (week) => 0.8 - nightGapForNonSeniors + newStarterWeeklyGain * week,
  },
];

const weeks = 10;
const initialsLetters = "ABCDEFGHJKLMNPRSTVW";
/** Initials already used for the auditors on the care record sheet. */
const reservedInitials = new Set(["JL", "SN"]);

function staffInitials(count: number, taken: Set<string>, random: SeededRandom): string[] {
  const initials: string[] = [];
  while (initials.length < count) {
    const candidate = random.chance(0.1)
      ? `${random.pick([...initialsLetters])}${random.pick([...initialsLetters])}${random.pick([...initialsLetters])}`
      : `${random.pick([...initialsLetters])}${random.pick([...initialsLetters])}`;
    if (!taken.has(candidate)) {
      taken.add(candidate);
      initials.push(candidate);
    }
  }
  return initials;
}

function scenarioFor(shift: Shift, random: SeededRandom): (typeof SAFEGUARDING_SCENARIOS)[number] {
  if (shift === "Night" && random.chance(0.35)) return SAFEGUARDING_SCENARIOS[2];
  return random.pick(SAFEGUARDING_SCENARIOS);
}

/**
 * Weekly safeguarding scenario checks over the ten weeks from `periodStart`, about ten a week across
 * staff groups and shifts, sorted by date then staff group.
 */
export function buildSafeguardingChecks(periodStart: CalendarDate, random: SeededRandom): SafeguardingCheck[] {
  const taken = new Set(reservedInitials);
  const staffByCell = cellPlans.map((plan) => staffInitials(plan.headcount, taken, random));
  const budgets: FailureBudget[] = cellPlans.map(() => failureBudget(random));
  const checks: SafeguardingCheck[] = [];

  for (let week = 0; week < weeks; week += 1) {
    const weekStart = addDays(periodStart, week * 7);
    cellPlans.forEach((plan, cellIndex) => {
      const count = Math.floor(plan.checksPerWeek) + (week % 2 === 1 && plan.checksPerWeek % 1 > 0 ? 1 : 0);
      const staff = random.sample(staffByCell[cellIndex], count);
      const weekChecks = staff.map((initials) => {
        const { scenario, questions } = scenarioFor(plan.shift, random);
        return {
          date: addDays(weekStart, random.integer(0, 4)),
          staffGroup: plan.staffGroup,
          shift: plan.shift,
          staff: initials,
          scenario,
          correct: questions,
          asked: questions,
        };
      });

      const questionSlots = weekChecks.flatMap((check, checkIndex) => Array.from({ length: check.asked }, () => checkIndex));
      const wrong = budgets[cellIndex].take((1 - plan.correctRate(week)) * questionSlots.length, questionSlots.length);
      // Uncertain staff tend to miss several questions, not one each.
      const confidence = weekChecks.map(() => 0.4 + 1.6 * random.next());
      const slotWeights = questionSlots.map((checkIndex) => confidence[checkIndex]);
      weightedSampleIndices(slotWeights, wrong, random).forEach((slot) => {
        weekChecks[questionSlots[slot]].correct -= 1;
      });
      checks.push(...weekChecks);
    });
  }

  return checks.sort(
    (left, right) =>
      left.date.getTime() - right.date.getTime() ||
      STAFF_GROUPS.indexOf(left.staffGroup) - STAFF_GROUPS.indexOf(right.staffGroup) ||
      left.staff.localeCompare(right.staff),
  );
}
