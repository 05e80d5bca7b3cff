import { buildLocationDashboard } from "../../../src/core/sheets";
import { careRecords, workbookAnalysis } from "./fixtures/analyses";
import { allText, cellAt, findCell } from "./fixtures/modelQueries";

describe("buildLocationDashboard", () => {
  it("matches its JSDoc example", () => {
    expect(buildLocationDashboard({ asOf: 46084, analyses: [] }).cells[0][0]?.value).toBe("Location Assurance Dashboard");
  });

  const model = buildLocationDashboard(workbookAnalysis());

  it("shows each location with Making Data Count variation and assurance in their colours", () => {
    const hillview = findCell(model, "Hillview");
    const row = hillview?.row as number;
    expect(model.cells[row - 1].slice(0, 7).map((c) => c?.value)).toEqual(["Hillview", 24, "Wk 3", 0.85, 0.81, "Concern (Low) (provisional)", "Fail"]);
    expect(cellAt(model, row, 6)?.style?.fill).toBe("FAB428");
    expect(cellAt(model, row, 7)?.style?.fill).toBe("FAB428");
    const riverside = findCell(model, "Riverside")?.row as number;
    expect(cellAt(model, riverside, 6)?.style?.fill).toBe("D9D9D9");
  });

  it("states how current each audit's data is beside its heading, as a warning when it is out of date", () => {
    const locationsOf = (freshness: { latestDataDate: number; outOfDate: boolean; sentence: string }) => {
      const analysis = workbookAnalysis();
      return buildLocationDashboard({ ...analysis, analyses: analysis.analyses.map((result) => ({ ...result, freshness })) });
    };
    const current = locationsOf({ latestDataDate: 46080, outOfDate: false, sentence: "Latest data: 27/02/2026." });
    const heading = findCell(current, "Location recovery evidence: by location")?.row as number;
    expect(cellAt(current, heading, 6)?.value).toBe("Latest data: 27/02/2026.");
    const stale = locationsOf({ latestDataDate: 46020, outOfDate: true, sentence: "Latest data: 29/12/2025; the data is out of date." });
    expect(cellAt(stale, heading, 6)?.style?.bold).toBe(true);
  });

  it("uses a data bar, arrows and a colour scale in place of charts for .xlsx files", () => {
    const kinds = model.conditionalFormats.flatMap((f) => f.rules.map((r) => r.kind));
    expect(kinds).toEqual(expect.arrayContaining(["data-bar", "icon-set", "colour-scale"]));
    const arrows = model.conditionalFormats.flatMap((f) => f.rules).find((r) => r.kind === "icon-set");
    expect(arrows).toMatchObject({ iconSet: "3Arrows", reverse: false });
  });

  it("describes a line chart per location against the target, beside the tables", () => {
    expect(model.charts.map((c) => c.title)).toEqual(["Hillview: Location recovery evidence", "Riverside: Location recovery evidence"]);
    const [chart] = model.charts;
    const targetRow = findCell(model, "Target")?.row as number;
    expect(chart.target?.values).toEqual({ top: targetRow, left: 2, bottom: targetRow, right: 4 });
    expect(chart.series[0].values.top).toBe(findCell(model, "Period")?.row as number + 1);
    expect(chart.anchor.left).toBe(13);
    expect(model.charts[1].anchor.top).toBe(chart.anchor.bottom + 2);
  });

  it("falls back to the first dimension found and says so", () => {
    const teamsOnly = buildLocationDashboard(workbookAnalysis(careRecords()));
    expect(allText(teamsOnly)).toContain("No location column was found, so this dashboard compares by team.");
    expect(findCell(teamsOnly, "Team B")).not.toBeNull();
  });
});
