import { analyseRecords, analysisSettingsSchema, type CompareRecord } from "../../../src/core/compare";
import { buildLocationDashboard } from "../../../src/core/sheets";
import { cellAt, findCell } from "./fixtures/modelQueries";

// Monday 05/01/2026 is Excel serial 46027 (=DATE(2026,1,5) in Excel).
const firstMonday = 46027;
// A weak start (four weeks around 62%) and, from w/c 02/02/2026, eight weeks between 94% and 97%.
const rates = [0.6, 0.65, 0.62, 0.61, 0.95, 0.96, 0.94, 0.97, 0.95, 0.96, 0.95, 0.97];
const records: CompareRecord[] = rates.map((rate, week) => ({ date: firstMonday + week * 7, periodIndex: null, periodLabel: null, groups: { location: "Birch Court" }, passed: Math.round(rate * 100), checked: 100, score: null }));

describe("buildLocationDashboard with a recovery start", () => {
  const result = analyseRecords({ title: "Location recovery", sources: [], records, groupingColumns: ["location"] }, analysisSettingsSchema.parse({ asOf: firstMonday + 84, period: "week", target: 90, recoveryStart: firstMonday + 28 }));
  const model = buildLocationDashboard({ asOf: firstMonday + 84, analyses: [result] });

  it("shows the earlier periods against the old limits and the rest against the new", () => {
    const mean = findCell(model, "Birch Court mean")!;
    const values = Array.from({ length: 12 }, (_, offset) => cellAt(model, mean.row, offset + 2)?.value as number);
    // Old process: (60 + 65 + 62 + 61) / 4 = 62%; new process: the mean of the last eight, 95.625%.
    expect(values.slice(0, 4).every((v) => Math.abs(v - 0.62) < 1e-12)).toBe(true);
    expect(values.slice(4).every((v) => Math.abs(v - 0.95625) < 1e-12)).toBe(true);
    const lower = findCell(model, "Birch Court lower process limit")!;
    // Old: moving ranges 5, 3, 1 -> 3 points; 62 - 2.66 x 3 = 54.02%. New: 95.625 - 2.66 x 12/7 = 91.065%.
    expect(cellAt(model, lower.row, 2)?.value as number).toBeCloseTo(0.62 - 2.66 * 0.03, 10);
    expect(cellAt(model, lower.row, 13)?.value as number).toBeCloseTo(0.95625 - (2.66 * 0.12) / 7, 10);
  });

  it("says the new process passes assurance", () => {
    const birch = findCell(model, "Birch Court")!;
    expect(cellAt(model, birch.row, 7)?.value).toBe("Pass");
  });
});
