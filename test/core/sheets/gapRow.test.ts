import { buildLocationDashboard } from "../../../src/core/sheets";
import { locationGap, workbookOf } from "../fixtures/beneathTheScore";
import { cellAt, findCell } from "./fixtures/modelQueries";

describe("writeGapRow", () => {
  it("shows a narrowing gap between locations as a series row, a sentence and a line chart", () => {
    const model = buildLocationDashboard(workbookOf(locationGap("narrowing")));
    const gap = findCell(model, "Gap, best to worst")!;
    // Maple House 95% every week; Birch Court 70%, 72%, ... 92%: gaps 25, 23, ... 3 points.
    const values = Array.from({ length: 12 }, (_, offset) => Math.round((cellAt(model, gap.row, offset + 2)?.value as number) * 100));
    expect(values).toEqual([25, 23, 21, 19, 17, 15, 13, 11, 9, 7, 5, 3]);
    expect(cellAt(model, gap.row + 1, 1)?.value).toBe("Gap between locations narrowing from 25 to 3 points over 12 weeks (SPC: Improvement (Low), a real reduction; latest w/c 23/03/2026: 3 points between Maple House and Birch Court).");
    const chart = model.charts.find((c) => c.title === "Gap between locations: Location recovery")!;
    expect(chart.series[0].values).toEqual({ top: gap.row, left: 2, bottom: gap.row, right: 13 });
    expect(chart.target).toBeNull();
  });

  it("says when the gap is widening", () => {
    const model = buildLocationDashboard(workbookOf(locationGap("widening")));
    expect(findCell(model, /^Gap between locations widening from 3 to 25 points over 12 weeks/)).not.toBeNull();
  });
});
