import { DEFAULT_OWNER_ROLES, proposeActions } from "../../../src/core/actions";
import { asOf, careRecords, locations, workbookAnalysis } from "../sheets/fixtures/analyses";

describe("proposeActions", () => {
  it("matches its JSDoc example", () => {
    expect(proposeActions({ asOf: 46084, analyses: [] }, { asOf: 46084 }).actions).toEqual([]);
  });

  it("proposes one action per group needing action, in the analysis's order, numbered from ACT-001", () => {
    const { actions } = proposeActions(workbookAnalysis(), { asOf });
    expect(actions.map((a) => [a.actionId, a.group, a.groupStatus])).toEqual([
      ["ACT-001", "Team B", "Below target"],
      ["ACT-002", "=SUM(A1)", "Fragile"],
      ["ACT-003", "Hillview", "Deteriorating"],
    ]);
  });

  it("describes every group, flagged or not, for the merge", () => {
    const { updates } = proposeActions(workbookAnalysis(), { asOf });
    expect(updates.map((u) => [u.key, u.needsAction, u.readyToClose])).toEqual([
      ["care record audits | team | team b", true, false],
      ["care record audits | team | =sum(a1)", true, false],
      ["care record audits | team | team a", false, true],
      ["location recovery evidence | location | hillview", true, false],
      ["location recovery evidence | location | riverside", false, false],
    ]);
  });

  it("keys a group by audit, dimension and name, ignoring case and runs of spaces", () => {
    const analysis = careRecords();
    analysis.dimensions[0].groups[0] = { ...analysis.dimensions[0].groups[0], name: "  Team   B " };
    const { updates } = proposeActions(workbookAnalysis(analysis), { asOf });
    expect(updates[0].key).toBe("care record audits | team | team b");
  });

  it("writes the concern and evidence in plain English with the numbers", () => {
    const [teamB] = proposeActions(workbookAnalysis(careRecords()), { asOf }).actions;
    expect(teamB.concern).toBe("Team B is below the 90% target. 78% over 24 records (95% CI 70-85%), below the 90% target; flat.");
    expect(teamB.evidence).toBe("78% over 24 records (95% CI 70% to 85%); latest Wk 3: 78% from 6 records; trend +0.2 points a week; on track: Off track; 0 recent periods at target; service 91%.");
    expect(teamB.earlyWarningSigns).toMatch(/generic wording/);
  });

  it("chooses the playbook by dimension and status, with the article's owners and cadences", () => {
    const [teamB, fragileTeam, hillview] = proposeActions(workbookAnalysis(), { asOf }).actions;
    expect(teamB.suggestedAction).toMatch(/^Review handover and workload arrangements for Team B/);
    expect(teamB.suggestedAction).toMatch(/good practice from Team A/);
    expect(teamB.ownerRole).toBe("Deputy manager");
    expect(teamB.reviewCadence).toBe("Fortnightly sampling");
    expect(fragileTeam.suggestedAction).toMatch(/^Compare examples of good practice/);
    expect(fragileTeam.reviewCadence).toBe("Monthly review");
    expect(hillview.suggestedAction).toMatch(/^Focused audits of Hillview/);
    expect(hillview.ownerRole).toBe("Quality lead");
    expect(hillview.earlyWarningSigns).toMatch(/^The latest point is a special-cause concern \(Concern \(Low\)\)\. Watch for repeated overdue actions/);
  });

  it("learns good practice only from a group that does better, never from one level with or below it", () => {
    // Team A (95%) fragile, level with a second team at 95%, above Team B (78%) and =SUM(A1) (89%):
    // no team does better than Team A, so none is named; Team B still learns from Team A.
    const analysis = careRecords();
    const groups = analysis.dimensions[0].groups;
    groups[2] = { ...groups[2], status: "fragile", recentPeriodsMeetingTarget: 1 };
    groups.push({ ...groups[2], name: "Team C" });
    const actions = proposeActions(workbookAnalysis(analysis), { asOf }).actions;
    const teamA = actions.find((a) => a.group === "Team A")!;
    expect(teamA.suggestedAction).toMatch(/^Compare examples of good practice from a team elsewhere that meets the target with Team A,/);
    expect(actions.find((a) => a.group === "=SUM(A1)")!.suggestedAction).toMatch(/good practice from Team A with =SUM\(A1\)/);
    expect(actions.find((a) => a.group === "Team B")!.suggestedAction).toMatch(/good practice from Team A with Team B/);
  });

  it("opens each action today, due and reviewed one cycle on, with no carries", () => {
    const [teamB, fragileTeam] = proposeActions(workbookAnalysis(), { asOf }).actions;
    expect([teamB.opened, teamB.due, teamB.nextReview, teamB.status, teamB.timesCarriedForward, teamB.escalationLevel]).toEqual([asOf, asOf + 14, asOf + 14, "Open", 0, "None"]);
    // 03/03/2026 + a month = 03/04/2026.
    expect(fragileTeam.due).toBe(46115);
  });

  it("takes configured owner roles and one cadence for all", () => {
    const proposals = proposeActions(workbookAnalysis(locations()), { asOf, ownerRoles: { lead: "Provider quality lead" }, reviewCadence: "Fortnightly sampling" });
    expect(proposals.actions[0].ownerRole).toBe("Provider quality lead");
    expect(proposals.actions[0].reviewCadence).toBe("Fortnightly sampling");
    expect(proposals.ownerRoles.escalation).toEqual(DEFAULT_OWNER_ROLES.escalation);
  });

  it("does not propose an action for a flagged group that has met the target for the periods needed to close", () => {
    const analysis = workbookAnalysis(careRecords({ teamB: { status: "fragile", recentPeriodsMeetingTarget: 3 } }));
    expect(proposeActions(analysis, { asOf }).actions.map((a) => a.group)).toEqual(["=SUM(A1)"]);
  });
});
