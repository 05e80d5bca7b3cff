import { ACTION_PLAYBOOK, suggestAction } from "../../../src/core/actions";

describe("suggestAction", () => {
  it("gives an evidence source an evidence action, never the supervision of a person", () => {
    // issue 13: "Targeted supervision for People's feedback: go through recent records together..."
    for (const status of ["below-target", "deteriorating", "fragile"] as const) {
      const suggestion = suggestAction({ dimension: "source", status, group: "People's feedback", best: "Care records audit", evidenceMismatch: false });
      expect(suggestion.text).toMatch(/^Review how People's feedback is gathered and compared with records/);
      expect(suggestion.text).not.toMatch(/supervision|Scenario checks|handover/i);
      expect(suggestion.ownerRole).toBe("Quality lead");
    }
  });

  it("keeps people's actions for people: a team still gets handover review and good practice", () => {
    expect(suggestAction({ dimension: "team", status: "below-target", group: "Team B", best: "Team A", evidenceMismatch: false }).text).toMatch(/^Review handover and workload arrangements for Team B/);
  });
});

describe("ACTION_PLAYBOOK", () => {
  it("matches its JSDoc example", () => {
    expect(ACTION_PLAYBOOK.map((p) => p.id)).toEqual(["compare-good-practice", "review-handover-workload", "targeted-supervision", "focused-audits", "scenario-checks", "review-evidence-gathering", "compare-evidence-sources"]);
  });
});
