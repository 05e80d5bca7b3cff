import type { SeededRandom } from "./seededRandom";

export const LOCATIONS = ["Maple House", "Birch Court"] as const;
export type Location = (typeof LOCATIONS)[number];

export const EVIDENCE_SOURCES = [
  "Medicines audit",
  "Care records audit",
  "People's feedback",
  "Incidents reviewed",
  "Staff practice observation",
] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/** A score on the tracker: a percentage, 0-100, as the provider types it. */
type Percentage = number;

/** One row of the wide tracker: a location's weekly scores for one evidence source. */
export interface LocationEvidenceRow {
  location: Location;
  source: EvidenceSource;
  /** One score per week; null where nothing was recorded that week. */
  weeklyScores: (Percentage | null)[];
  /** Why a week is blank, as the provider noted it on the cell. */
  blankWeekNotes: Map<number, string>;
}

interface SourcePlan {
  location: Location;
  source: EvidenceSource;
  start: Percentage;
  end: Percentage;
  /** Share of the start-to-end gain made by each week (0 at the first week, 1 at the last). */
  progress: (week: number) => number;
}

const weeks = 12;

// Maple House embeds recovery quickly: most of the gain comes in the first five weeks.
function fastEmbedding(week: number): number {
  const pace = 3;
  return (1 - Math.exp(-week / pace)) / (1 - Math.exp(-(weeks - 1) / pace));
}

// Birch Court gains a little, stalls while its actions are carried forward, then moves again.
const slowProgressByWeek = [0, 0.1, 0.2, 0.3, 0.38, 0.42, 0.44, 0.45, 0.47, 0.62, 0.8, 1] as const;
function slowProgress(week: number): number {
  return slowProgressByWeek[week];
}

function steadyProgress(week: number): number {
  return week / (weeks - 1);
}

const sourcePlans: readonly SourcePlan[] = [
  { location: "Maple House", source: "Medicines audit", start: 80, end: 97, progress: fastEmbedding },
  { location: "Maple House", source: "Care records audit", start: 76, end: 96, progress: fastEmbedding },
  { location: "Maple House", source: "People's feedback", start: 79, end: 95, progress: fastEmbedding },
  { location: "Maple House", source: "Incidents reviewed", start: 75, end: 97, progress: fastEmbedding },
  { location: "Maple House", source: "Staff practice observation", start: 78, end: 95, progress: fastEmbedding },
  { location: "Birch Court", source: "Medicines audit", start: 72, end: 86, progress: slowProgress },
  // Coaching lifts records steadily to target while people's feedback lags well behind: the
  // article's early warning that feedback does not match the records.
  { location: "Birch Court", source: "Care records audit", start: 71, end: 93, progress: steadyProgress },
  { location: "Birch Court", source: "People's feedback", start: 68, end: 74, progress: slowProgress },
  { location: "Birch Court", source: "Incidents reviewed", start: 73, end: 85, progress: slowProgress },
  { location: "Birch Court", source: "Staff practice observation", start: 66, end: 82, progress: slowProgress },
];

/** Birch Court's observation was not done one week; the provider left the cell blank with a note. */
export const MISSED_OBSERVATION = {
  location: "Birch Court" as Location,
  source: "Staff practice observation" as EvidenceSource,
  week: 6,
  note: "Not completed: observer on leave",
};

/**
 * The location recovery tracker: for each location and evidence source, twelve weekly percentage
 * scores with a little week-to-week noise, rounded to whole numbers as the provider records them.
 */
export function buildLocationRecovery(random: SeededRandom): LocationEvidenceRow[] {
  return sourcePlans.map((plan) => {
    const weeklyScores: (Percentage | null)[] = Array.from({ length: weeks }, (_, week) => {
      const planned = plan.start + (plan.end - plan.start) * plan.progress(week);
      const noise = week === 0 || week === weeks - 1 ? random.integer(-1, 1) : random.integer(-2, 2);
      return Math.min(100, Math.max(0, Math.round(planned + noise)));
    });
    const blankWeekNotes = new Map<number, string>();
    if (plan.location === MISSED_OBSERVATION.location && plan.source === MISSED_OBSERVATION.source) {
      weeklyScores[MISSED_OBSERVATION.week] = null;
      blankWeekNotes.set(MISSED_OBSERVATION.week, MISSED_OBSERVATION.note);
    }
    return { location: plan.location, source: plan.source, weeklyScores, blankWeekNotes };
  });
}
