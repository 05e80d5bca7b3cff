import { earlyWarningSigns, escalationLevelFor, nextCadenceDate, suggestAction, toTrackerValue, trackerText, DEFAULT_OWNER_ROLES } from "../../../src/core/actions";

describe("nextCadenceDate", () => {
  it("matches its JSDoc example", () => {
    expect(nextCadenceDate(46084, "Fortnightly sampling")).toBe(46098);
    // 31/01/2026 + a month = 28/02/2026, as EDATE gives.
    expect(nextCadenceDate(46053, "Monthly review")).toBe(46081);
  });

  it("reads the cadences users type", () => {
    expect([nextCadenceDate(46084, "weekly"), nextCadenceDate(46084, "Quarterly review"), nextCadenceDate(46084.6, "whenever")]).toEqual([46091, 46176, 46098]);
  });
});

describe("escalationLevelFor", () => {
  it("matches its JSDoc example", () => {
    expect(escalationLevelFor(2, { lead: "Quality lead", support: "Deputy manager", escalation: ["Registered manager", "Provider oversight"] }, 2)).toBe("Registered manager");
  });

  it("stays at none below the first step and at the last role beyond it", () => {
    expect([0, 1, 2, 3, 4, 9].map((carries) => escalationLevelFor(carries, DEFAULT_OWNER_ROLES, 2))).toEqual([
      "None", "None", "Registered manager", "Registered manager", "Provider oversight (nominated individual)", "Provider oversight (nominated individual)",
    ]);
  });
});

describe("suggestAction", () => {
  it("matches its JSDoc example", () => {
    expect(suggestAction({ dimension: "team", status: "below-target", group: "Team B", best: "Team A", evidenceMismatch: false }).ownerRole).toBe("Deputy manager");
  });

  it("starts with focused audits when feedback does not match records, and uses scenario checks for staff groups", () => {
    expect(suggestAction({ dimension: "team", status: "below-target", group: "Team B", best: "Team A", evidenceMismatch: true }).text).toMatch(/^Focused audits of Team B/);
    expect(suggestAction({ dimension: "staffGroup", status: "below-target", group: "Night staff", best: "Seniors", evidenceMismatch: false }).text).toMatch(/^Scenario checks with Night staff.*Targeted supervision for Night staff/);
  });
});

describe("earlyWarningSigns", () => {
  it("matches its JSDoc example", () => {
    expect(earlyWarningSigns("team", { evidenceMismatch: null, spc: null, latest: null })).toBe("Watch for repeated generic wording, staff uncertainty and people's feedback not matching records.");
  });

  it("puts what the data shows first", () => {
    expect(earlyWarningSigns("location", { evidenceMismatch: "Feedback 71% against records 92%", spc: null, latest: null })).toBe(
      "Feedback 71% against records 92%. Watch for repeated overdue actions, weaker feedback and staff needing repeated reminders.",
    );
  });
});

describe("toTrackerValue", () => {
  it("matches its JSDoc example", () => {
    expect(toTrackerValue(new Date(Date.UTC(2026, 2, 3)), false)).toEqual({ serialDate: 46084 });
    expect(toTrackerValue(46084, true)).toEqual({ serialDate: 46084 });
    expect(toTrackerValue("=SUM(A1)", false)).toBe("=SUM(A1)");
  });

  it("reads typed dates in date columns only, and blanks and errors", () => {
    expect(toTrackerValue("31/03/2026", true)).toEqual({ serialDate: 46112 });
    expect(toTrackerValue("31/03/2026", false)).toBe("31/03/2026");
    expect(toTrackerValue("end of March", true)).toBe("end of March");
    expect([toTrackerValue("  ", false), toTrackerValue(undefined, false), toTrackerValue({ error: "#N/A" }, false)]).toEqual([null, null, "#N/A"]);
  });
});

describe("trackerText", () => {
  it("matches its JSDoc example", () => {
    expect(trackerText({ serialDate: 46084 })).toBe("03/03/2026");
    expect(trackerText("  In progress ")).toBe("In progress");
  });
});
