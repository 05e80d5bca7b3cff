// A grouping with one group compares nothing: its group is the service.
import { analyseRecords, analysisSettingsSchema, type CompareRecord } from "../../../src/core/compare";

// Monday 05/01/2026 is Excel serial 46027 (=DATE(2026,1,5) in Excel); 12 weeks to 30/03/2026.
const firstMonday = 46027;
const settings = (extra: Record<string, unknown> = {}) => analysisSettingsSchema.parse({ asOf: firstMonday + 7 * 12, period: "week", target: 90, ...extra });

/** Two records a week for 8 weeks, 100 items each, at the rate given. */
const weekly = (groups: Record<string, string>, rate: number): CompareRecord[] =>
  Array.from({ length: 16 }, (_, i) => ({ date: firstMonday + Math.floor(i / 2) * 7 + (i % 2), periodIndex: null, periodLabel: null, groups, passed: Math.round(rate * 100), checked: 100, score: null }));

const analyse = (records: CompareRecord[], groupingColumns: string[], extra: Record<string, unknown> = {}) =>
  analyseRecords({ title: "Oral care", sources: [], records, groupingColumns }, settings(extra));

describe("analyseRecords with a grouping of one group", () => {
  // Every record at one location (a "Service: Riverside Nursing Home" title read as a location); two shifts.
  const home = "Riverside Nursing Home";
  const records = [...weekly({ location: home, shift: "Night" }, 0.7), ...weekly({ location: home, shift: "Early" }, 0.9)];
  const result = analyse(records, ["location", "shift"]);

  it("leaves it out when shifts are compared, and says why", () => {
    expect(result.dimensions.map((d) => d.dimension)).toEqual(["shift"]);
    expect(result.settings.dimensions).toEqual(["shift"]);
    expect(result.singleGroupDimensions).toEqual([{ dimension: "location", label: "Location", group: home }]);
    expect(result.explanation).toContain("Location: only one (Riverside Nursing Home), so not compared.");
    expect(result.explanation).toContain("Compared by Shift (every grouping column found).");
  });

  it("never names its group as the lowest location", () => {
    // Service: (70 + 90) / 2 = 80%, below 90%; the lowest shift is Night at 70%.
    expect(result.service.headline).toBe("Service average 80% is below the 90% target; lowest: Night at 70%.");
  });

  it("keeps the one group as the service's own line when nothing else is compared", () => {
    const only = analyse(weekly({ location: home }, 0.8), ["location"]);
    expect(only.dimensions.map((d) => [d.dimension, d.groups.map((g) => [g.name, g.status])])).toEqual([["location", [[home, "below-target"]]]]);
    expect(only.singleGroupDimensions).toBeUndefined();
    expect(only.explanation).toContain("Location: only one (Riverside Nursing Home), so nothing to compare it with: its line is the service's own.");
    expect(only.explanation.some((line) => line.startsWith("Compared by"))).toBe(false);
    // 80% against 90%: below target, but no "lowest" of one.
    expect(only.service.headline).toBe("Service average 80% is below the 90% target.");
  });

  it("keeps the one location beside evidence sources, which are not parts of the service", () => {
    const sources = [...weekly({ location: "Birch Court", source: "Care records audit" }, 0.96), ...weekly({ location: "Birch Court", source: "People's feedback" }, 0.72)];
    const withSources = analyse(sources, ["location", "source"]);
    expect(withSources.dimensions.map((d) => d.dimension)).toEqual(["location", "source"]);
    expect(withSources.dimensions[0].groups[0].evidenceMismatch).toMatch(/^Birch Court: evidence sources disagree/);
  });

  it("keeps only the first of two groupings of one group each", () => {
    const both = analyse(weekly({ location: home, team: "Oak Unit" }, 0.8), ["location", "team"]);
    expect(both.dimensions.map((d) => d.dimension)).toEqual(["location"]);
    expect(both.explanation).toContain("Team: only one (Oak Unit), so not compared.");
  });

  it("judges a two-way comparison by its own cells", () => {
    const cross = analyse(records, ["location", "shift"], { crossDimensions: [["location", "shift"]] });
    expect(cross.dimensions.map((d) => d.dimension)).toEqual(["shift", "location x shift"]);
  });

  it("leaves out a grouping with no group named, and says so", () => {
    const unnamed = analyse([...weekly({ shift: "Night" }, 0.7), ...weekly({ shift: "Early" }, 0.9)], ["team", "shift"]);
    expect(unnamed.dimensions.map((d) => d.dimension)).toEqual(["shift"]);
    expect(unnamed.explanation).toContain("No group named in the records, so not compared: Team.");
  });
});
