import type { GroupStatus, OnTrackState } from "./types";

/** What the status rules look at for one group, already oriented so that "meets" respects direction. */
export interface GroupEvidence {
  records: number;
  periods: number;
  /** Whole-period mean meets the target. */
  meanMeetsTarget: boolean;
  /** The 95% interval lies wholly on the wrong side of the target. */
  whollyBelowTarget: boolean;
  /** The 95% interval lies wholly on the right side of the target. */
  whollyMeetsTarget: boolean;
  /** Consecutive most recent periods at target. */
  recentPeriodsMeetingTarget: number;
  /** Share of all periods at target (0..1): consistency over the whole time, not only lately. */
  shareOfPeriodsMeetingTarget: number;
  /** SPC shows improvement (a special cause in the better direction) among the recent points. */
  recentImprovementSignal: boolean;
  /** SPC's reading of the latest point is a concern (a special cause in the worse direction). */
  latestConcernSignal: boolean;
  onTrack: OnTrackState | null;
  minimumRecords: number;
  minimumPeriods: number;
  periodsToClose: number;
}

/** "Consistently" means at least three periods in four at target, besides the recent run. */
export const consistentShare = 3 / 4;

/**
 * The status of a group, by rules applied in this order (the README documents them):
 * 1. `insufficient-evidence`: fewer records than the minimum, or fewer periods than the minimum
 *    unless the interval is already wholly below target (then `below-target`).
 * 2. `deteriorating`: the latest point is an SPC concern (a real change for the worse).
 * 3. The last `periodsToClose` periods all met the target: `embedded` when the whole-period mean
 *    meets it too and at least three periods in four did, else `improving` (it started below and has
 *    recovered: judged on recent evidence).
 * 4. Interval wholly below target: `improving` when the trend will reach the target by the deadline,
 *    or SPC shows a recent improvement and no deadline says it is too slow; else `below-target`.
 * 5. Otherwise (around the target, hit and miss, or met only recently): `improving` when the mean is
 *    below target but improvement is real or on course, else `fragile`.
 *
 * @example
 * classifyGroup({ records: 24, periods: 6, meanMeetsTarget: false, whollyBelowTarget: true, whollyMeetsTarget: false,
 *   recentPeriodsMeetingTarget: 0, shareOfPeriodsMeetingTarget: 0, recentImprovementSignal: false, latestConcernSignal: false, onTrack: "Off track",
 *   minimumRecords: 5, minimumPeriods: 3, periodsToClose: 3 }) // => "below-target"
 */
export function classifyGroup(evidence: GroupEvidence): GroupStatus {
  if (evidence.records < evidence.minimumRecords) return "insufficient-evidence";
  if (evidence.periods < evidence.minimumPeriods) return evidence.whollyBelowTarget ? "below-target" : "insufficient-evidence";
  if (evidence.latestConcernSignal) return "deteriorating";
  const improvementIsReal = evidence.onTrack === "On track" || (evidence.recentImprovementSignal && evidence.onTrack !== "Off track");
  if (evidence.recentPeriodsMeetingTarget >= evidence.periodsToClose) {
    return evidence.meanMeetsTarget && evidence.shareOfPeriodsMeetingTarget >= consistentShare ? "embedded" : "improving";
  }
  if (evidence.whollyBelowTarget) return improvementIsReal ? "improving" : "below-target";
  if (!evidence.meanMeetsTarget && improvementIsReal) return "improving";
  return "fragile";
}
