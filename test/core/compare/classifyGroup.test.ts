import { classifyGroup, concernIsOnlyWatch, type GroupEvidence } from "../../../src/core/compare";

// A group that is plainly below target: the baseline every case below changes one thing of.
const below: GroupEvidence = {
  records: 24,
  periods: 6,
  meanMeetsTarget: false,
  whollyBelowTarget: true,
  whollyMeetsTarget: false,
  recentPeriodsMeetingTarget: 0,
  shareOfPeriodsMeetingTarget: 0,
  recentImprovementSignal: false,
  latestConcernSignal: false,
  assurancePass: false,
  trendImproving: false,
  onTrack: "Off track",
  minimumRecords: 5,
  minimumPeriods: 3,
  periodsToClose: 3,
};

describe("classifyGroup", () => {
  it("is below-target when the interval is wholly below and nothing is improving", () => {
    expect(classifyGroup(below)).toBe("below-target");
  });

  it("needs the minimum number of records: one fewer is insufficient evidence", () => {
    expect(classifyGroup({ ...below, records: 5 })).toBe("below-target");
    expect(classifyGroup({ ...below, records: 4 })).toBe("insufficient-evidence");
  });

  it("with too few periods, says below target only when the interval is wholly below", () => {
    expect(classifyGroup({ ...below, periods: 2 })).toBe("below-target");
    expect(classifyGroup({ ...below, periods: 2, whollyBelowTarget: false })).toBe("insufficient-evidence");
    expect(classifyGroup({ ...below, periods: 3, whollyBelowTarget: false })).toBe("fragile");
  });

  it("is deteriorating when the latest point is an SPC concern, whatever the level", () => {
    expect(classifyGroup({ ...below, latestConcernSignal: true })).toBe("deteriorating");
    expect(classifyGroup({ ...below, meanMeetsTarget: true, whollyBelowTarget: false, whollyMeetsTarget: true, recentPeriodsMeetingTarget: 6, latestConcernSignal: true })).toBe("deteriorating");
  });

  it("is embedded after the closing run of periods at target when the mean meets it too", () => {
    const atTarget = { ...below, meanMeetsTarget: true, whollyBelowTarget: false, whollyMeetsTarget: true, shareOfPeriodsMeetingTarget: 1, onTrack: "Met" as const };
    expect(classifyGroup({ ...atTarget, recentPeriodsMeetingTarget: 3 })).toBe("embedded");
    expect(classifyGroup({ ...atTarget, recentPeriodsMeetingTarget: 2 })).toBe("fragile");
  });

  it("judges on recent evidence: started low, at target for the last periods, is improving, not below target", () => {
    // issue 4: "a location that started at 76% and has met the target for the last four weeks is improving"
    expect(classifyGroup({ ...below, recentPeriodsMeetingTarget: 4, onTrack: "Met" })).toBe("improving");
  });

  it("is embedded only when at least three periods in four met the target", () => {
    const recovered = { ...below, meanMeetsTarget: true, whollyBelowTarget: false, recentPeriodsMeetingTarget: 3, onTrack: "Met" as const };
    expect(classifyGroup({ ...recovered, shareOfPeriodsMeetingTarget: 6 / 8 })).toBe("embedded");
    expect(classifyGroup({ ...recovered, shareOfPeriodsMeetingTarget: 5 / 8 })).toBe("improving");
  });

  it("is improving when wholly below but the trend is on course, or SPC shows a real improvement with no deadline against it", () => {
    expect(classifyGroup({ ...below, onTrack: "On track", trendImproving: true })).toBe("improving");
    expect(classifyGroup({ ...below, recentImprovementSignal: true, onTrack: null })).toBe("improving");
  });

  it("stays below target when a real improvement is too slow for the deadline", () => {
    expect(classifyGroup({ ...below, recentImprovementSignal: true, onTrack: "Off track" })).toBe("below-target");
  });

  it("is fragile around the target: hit and miss, or met only recently", () => {
    const around = { ...below, whollyBelowTarget: false, meanMeetsTarget: true, onTrack: "Met" as const };
    expect(classifyGroup({ ...around, recentPeriodsMeetingTarget: 1 })).toBe("fragile");
    expect(classifyGroup({ ...around, meanMeetsTarget: false, recentPeriodsMeetingTarget: 0, onTrack: "Off track" })).toBe("fragile");
  });

  it("says a concern is only a watch when the recent periods all met the target with assurance Pass", () => {
    // issue 13: 98.4% against a 90% target, at target every week, one "No" trips the SPC rules
    const nearHundred = { ...below, meanMeetsTarget: true, whollyBelowTarget: false, whollyMeetsTarget: true, recentPeriodsMeetingTarget: 12, shareOfPeriodsMeetingTarget: 1, onTrack: "Met" as const, latestConcernSignal: true };
    expect(classifyGroup({ ...nearHundred, assurancePass: true })).toBe("embedded");
    expect(classifyGroup({ ...nearHundred, assurancePass: false })).toBe("deteriorating");
    expect(classifyGroup({ ...nearHundred, assurancePass: true, recentPeriodsMeetingTarget: 2 })).toBe("deteriorating");
  });

  it("needs a trend moving the right way before calling a group on course improving", () => {
    const around = { ...below, whollyBelowTarget: false, onTrack: "Met" as const };
    expect(classifyGroup({ ...around, trendImproving: true })).toBe("improving");
    expect(classifyGroup({ ...around, trendImproving: false })).toBe("fragile");
  });

  it("does not move a group from fragile to improving when the target rises and the mean falls below it", () => {
    // issue 13: raising the target from 90% to 95% moved a staff group from Fragile to Improving
    const at90 = { ...below, whollyBelowTarget: false, meanMeetsTarget: true, onTrack: "Met" as const, trendImproving: false, recentImprovementSignal: false };
    const at95 = { ...at90, meanMeetsTarget: false, onTrack: "Off track" as const };
    expect([classifyGroup(at90), classifyGroup(at95)]).toEqual(["fragile", "fragile"]);
  });
});

describe("concernIsOnlyWatch", () => {
  it("matches its JSDoc example", () => {
    expect(concernIsOnlyWatch({ latestConcernSignal: true, recentPeriodsMeetingTarget: 12, periodsToClose: 3, assurancePass: true })).toBe(true);
  });
});
