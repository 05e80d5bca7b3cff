import type { GroupStatus, OnTrackStatus } from "./types";

/** What the status rules look at for one group, already oriented so that "meets" respects direction. */
export interface GroupEvidence {
  records: number;
  /** Complete periods: a partial period (only partly covered by the data) never counts on its own. */
  periods: number;
  /** Whole-period mean meets the target. */
  meanMeetsTarget: boolean;
  /** The 95% interval lies wholly on the wrong side of the target. */
  whollyBelowTarget: boolean;
  /** The 95% interval lies wholly on the right side of the target. */
  whollyMeetsTarget: boolean;
  /** Consecutive most recent complete periods at target. */
  recentPeriodsMeetingTarget: number;
  /** Share of complete periods at target (0..1): consistency over the whole time, not only lately. */
  shareOfPeriodsMeetingTarget: number;
  /** SPC shows improvement (a special cause in the better direction) among the recent points. */
  recentImprovementSignal: boolean;
  /** SPC's reading of the latest point is a concern (a special cause in the worse direction). */
  latestConcernSignal: boolean;
  /** The process the earlier periods describe reliably meets the target (SPC assurance "Pass"). */
  assurancePass: boolean;
  /** The least-squares trend moves in the better direction. */
  trendImproving: boolean;
  onTrack: OnTrackStatus | null;
  minimumRecords: number;
  minimumPeriods: number;
  periodsToClose: number;
}

/** "Consistently" means at least three periods in four at target, besides the recent run. */
const consistentShare = 3 / 4;

/**
 * A concern that is only worth watching: SPC flags the latest period, but the last `periodsToClose`
 * complete periods all met the target and the process reliably meets it (assurance Pass). A process
 * near 100% trips the special-cause rules on a single "No"; that is a note, not "Deteriorating".
 *
 * @example
 * concernIsOnlyWatch({ latestConcernSignal: true, recentPeriodsMeetingTarget: 12, periodsToClose: 3, assurancePass: true }) // => true
 */
export function concernIsOnlyWatch(evidence: Pick<GroupEvidence, "latestConcernSignal" | "recentPeriodsMeetingTarget" | "periodsToClose" | "assurancePass">): boolean {
  return evidence.latestConcernSignal && evidence.recentPeriodsMeetingTarget >= evidence.periodsToClose && evidence.assurancePass;
}

/**
 * The status of a group, by rules applied in this order (the README documents them):
 * 1. `insufficient-evidence`: fewer records than the minimum, or fewer complete periods than the
 *    minimum unless the interval is already wholly below target (then `below-target`).
 * 2. `deteriorating`: the latest point is an SPC concern (a real change for the worse), judged
 *    against the limits of the periods before it (at least `minimumBaselinePeriods`, 5, of them; with
 *    fewer no SPC signal is read for the status). Not when the concern is only a watch (see
 *    `concernIsOnlyWatch`: the recent periods all met the target with assurance Pass): that group
 *    goes on to the rules below and its reasons carry a "watch" note; it creates no action.
 * 3. The last `periodsToClose` complete periods all met the target: `embedded` when the whole-period
 *    mean meets it too and at least three periods in four did, else `improving` (it started below
 *    and has recovered: judged on recent evidence).
 * 4. Interval wholly below target: `improving` when the improvement is real, else `below-target`.
 * 5. Otherwise (around the target, hit and miss, or met only recently): `improving` when the
 *    improvement is real, else `fragile`.
 *
 * The improvement is real when the trend rises (falls, for lower-is-better) and its line has reached
 * the target or will by the deadline, or when SPC shows a recent improvement and no deadline says it
 * is too slow. Once the deadline has passed, a group not at target is "Off track".
 *
 * The rules are monotone: worse evidence (a higher target, lower scores, a lower latest period) never
 * gives a kinder status, kindest first: embedded, improving, fragile, insufficient-evidence,
 * below-target, deteriorating (test/core/compare/statusProperties.test.ts checks it).
 *
 * @example
 * classifyGroup({ records: 24, periods: 6, meanMeetsTarget: false, whollyBelowTarget: true, whollyMeetsTarget: false,
 *   recentPeriodsMeetingTarget: 0, shareOfPeriodsMeetingTarget: 0, recentImprovementSignal: false, latestConcernSignal: false,
 *   assurancePass: false, trendImproving: false, onTrack: "Off track", minimumRecords: 5, minimumPeriods: 3, periodsToClose: 3 }) // => "below-target"
 */
export function classifyGroup(evidence: GroupEvidence): GroupStatus {
  if (evidence.records < evidence.minimumRecords) return "insufficient-evidence";
  if (evidence.periods < evidence.minimumPeriods) return evidence.whollyBelowTarget ? "below-target" : "insufficient-evidence";
  if (evidence.latestConcernSignal && !concernIsOnlyWatch(evidence)) return "deteriorating";
  const onCourse = evidence.trendImproving && (evidence.onTrack === "Met" || evidence.onTrack === "On track");
  const improvementIsReal = onCourse || (evidence.recentImprovementSignal && evidence.onTrack !== "Off track");
  if (evidence.recentPeriodsMeetingTarget >= evidence.periodsToClose) {
    return evidence.meanMeetsTarget && evidence.shareOfPeriodsMeetingTarget >= consistentShare ? "embedded" : "improving";
  }
  if (evidence.whollyBelowTarget) return improvementIsReal ? "improving" : "below-target";
  return improvementIsReal ? "improving" : "fragile";
}
