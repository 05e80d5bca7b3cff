// The Location Assurance Dashboard for an audit with one location: honest about why it shows what it shows.
import { analyseRecords, analysisSettingsSchema, type CompareRecord } from "../../../src/core/compare";
import { buildLocationDashboard } from "../../../src/core/sheets";
import { allText, findCell } from "./fixtures/modelQueries";

// Monday 05/01/2026 is Excel serial 46027 (=DATE(2026,1,5) in Excel).
const firstMonday = 46027;
const asOf = firstMonday + 7 * 12;
const settings = analysisSettingsSchema.parse({ asOf, period: "week", target: 90 });

/** Two records a week for 8 weeks, 100 items each, at the rate given. */
const weekly = (groups: Record<string, string>, rate: number): CompareRecord[] =>
  Array.from({ length: 16 }, (_, i) => ({ date: firstMonday + Math.floor(i / 2) * 7 + (i % 2), periodIndex: null, periodLabel: null, groups, passed: Math.round(rate * 100), checked: 100, score: null }));

const dashboard = (records: CompareRecord[], groupingColumns: string[]) =>
  buildLocationDashboard({ asOf, analyses: [analyseRecords({ title: "Oral care", sources: [], records, groupingColumns }, settings)] });

describe("buildLocationDashboard with one location", () => {
  it("says there is only one location, not that there is no location column, and compares by shift", () => {
    const home = "Riverside Nursing Home";
    const model = dashboard([...weekly({ location: home, shift: "Night" }, 0.7), ...weekly({ location: home, shift: "Early" }, 0.9)], ["location", "shift"]);
    expect(allText(model)).toContain("Only one location (Riverside Nursing Home): nothing to compare it with, so this dashboard compares by shift.");
    expect(allText(model).filter((text) => text.includes("No location column"))).toEqual([]);
    expect(findCell(model, "Night")).not.toBeNull();
    expect(findCell(model, home)).toBeNull();
  });

  it("shows a provider's one location when nothing else is compared", () => {
    const model = dashboard(weekly({ location: "Birch Court" }, 0.8), ["location"]);
    expect(findCell(model, "Oral care: by location")).not.toBeNull();
    expect(findCell(model, "Birch Court")).not.toBeNull();
  });
});
