import { mergeActionTracker, proposeActions } from "../../../src/core/actions";
import { buildAssuranceSummary } from "../../../src/core/sheets";
import { asOf, workbookAnalysis } from "./fixtures/analyses";
import { allText } from "./fixtures/modelQueries";

describe("buildAssuranceSummary", () => {
  it("matches its JSDoc example", () => {
    expect(buildAssuranceSummary({ asOf: 46084, analyses: [] }, []).cells[0][0]?.value).toBe("Assurance Summary");
  });

  const analysis = workbookAnalysis();
  const table = mergeActionTracker([], proposeActions(analysis, { asOf }), asOf);
  const text = allText(buildAssuranceSummary(analysis, table.actions));

  it("opens with the overall position for each audit, including the average hiding a team", () => {
    expect(text.slice(0, 5)).toEqual([
      "Assurance Summary",
      "Prepared 03/03/2026 from Care record audits, Location recovery evidence. It compares teams, shifts, locations and staff groups rather than relying on one average.",
      "Overall",
      "Care record audits: Service average 91% hides Team B at 78%.",
      "Location recovery evidence: Service average 86% is below the 90% target; lowest: Hillview at 81%.",
    ]);
  });

  const section = (heading: string) => text.slice(text.indexOf(heading) + 1, text.findIndex((t, i) => i > text.indexOf(heading) && !t.startsWith("•")));

  it("puts each group under the section of its status, with numbers", () => {
    expect(section("Embedded")).toEqual(["• Team A (team, Care record audits): 95% over 70 records, meets the 90% target consistently. Latest Wk 3: 96%."]);
    expect(text[text.indexOf("Improving, not yet at target") + 1]).toBe("Really getting better, but not yet meeting the target consistently: below it overall, or at it only in the latest periods after a weaker start.");
    expect(text.slice(text.indexOf("Improving, not yet at target") + 2, text.indexOf("Fragile"))).toEqual(["• Riverside (location, Location recovery evidence): 82% over 24 records (95% CI 76-88%), below the 90% target. Latest Wk 3: 85%."]);
    expect(section("Fragile")[0]).toMatch(/^• =SUM\(A1\) \(team, Care record audits\): 89%/);
    expect(section("Below target or getting worse").map((t) => t.slice(0, 20))).toEqual(["• Team B (team, Care", "• Hillview (location"]);
    expect(text[text.indexOf("Not enough evidence") + 1]).toBe("Every group has enough evidence to be judged.");
  });

  it("lists the add-in's new actions as proposed, awaiting an owner, not as support in place", () => {
    const at = text.indexOf("Proposed actions");
    expect(text[at + 1]).toBe("Suggested by the add-in from this analysis and still Open with no owner agreed: they are not yet support in place.");
    const proposed = text.slice(at + 2, text.indexOf("Support in place"));
    expect(proposed[0]).toMatch(/^• ACT-001 for Team B \(team\): Review handover and workload arrangements for Team B/);
    expect(proposed[0]).toMatch(/\(suggested owner: Deputy manager; status: Open; next review 17\/03\/2026; due 17\/03\/2026\)$/);
    expect(text[text.indexOf("Support in place") + 1]).toBe("No action has been taken on yet: none has an owner agreed or a status other than Open.");
  });

  it("mentions carry-forward, escalation and closed actions", () => {
    const actions = [
      { ...table.actions[0], status: "In progress", timesCarriedForward: 2, escalationLevel: "Registered manager" },
      { ...table.actions[1], status: "Closed" },
    ];
    const lines = allText(buildAssuranceSummary(analysis, actions));
    const inPlace = lines.slice(lines.indexOf("Support in place") + 1);
    expect(inPlace.find((l) => l.startsWith("• ACT-001"))).toMatch(/\(owner: Deputy manager; status: In progress; .*carried forward twice; escalated to Registered manager\)$/);
    expect(lines).toContain("1 action has been closed; the Action Tracker keeps the record.");
    expect(lines).toContain("1 action has been escalated after being carried forward repeatedly.");
  });

  it("ends with the evidence it rests on: sources, rows, problems and settings", () => {
    // The rows counted once, in the row account's words (the fixture gives no reasons), then the problem cells.
    expect(text).toContain('• recovery-audits.xlsx, sheet "Care records": 120 rows read: 118 used, 2 left out. 1 problem in reading: a cell blank where a value is needed or not readable, or part of a sheet not read (listed below).');
    expect(text).toContain('    Care records, row 17, column F "Risk updated": #N/A is an error value, not an answer.');
    expect(text).toContain('• sheet "Locations": 40 rows read: 40 used, 0 left out.');
  });
});

describe("buildAssuranceSummary: proposed actions or support in place", () => {
  const analysis = workbookAnalysis();
  const [action] = mergeActionTracker([], proposeActions(analysis, { asOf }), asOf).actions;
  /** Where ACT-001 is listed when its owner and status are these. */
  const placeOf = (ownerRole: string, status: string, suggestedOwnerRoles?: readonly string[]) => {
    const lines = allText(buildAssuranceSummary(analysis, [{ ...action, ownerRole, status }], undefined, { suggestedOwnerRoles }));
    const listed = lines.findIndex((l) => l.startsWith("• ACT-001"));
    return listed > lines.indexOf("Support in place") ? "in place" : listed > lines.indexOf("Proposed actions") ? "proposed" : "missing";
  };

  it("keeps an Open action whose owner is still a suggested role as proposed, and one with a person typed as in place", () => {
    expect(placeOf("Deputy manager", "Open", ["Quality lead", "Deputy manager"])).toBe("proposed");
    expect(placeOf("J. Patel", "Open", ["Quality lead", "Deputy manager"])).toBe("in place");
  });

  it("counts any status but Open (or blank) as taken on", () => {
    expect(placeOf("", "In progress", ["Quality lead"])).toBe("in place");
    expect(placeOf("", " open ", ["Quality lead"])).toBe("proposed");
    expect(placeOf("", "", ["Quality lead"])).toBe("proposed");
  });
});
