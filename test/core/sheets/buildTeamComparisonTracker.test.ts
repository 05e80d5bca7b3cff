import { buildTeamComparisonTracker } from "../../../src/core/sheets";
import { careRecords, locations, workbookAnalysis } from "./fixtures/analyses";
import { allText, cellAt, findCell } from "./fixtures/modelQueries";

describe("buildTeamComparisonTracker", () => {
  it("matches its JSDoc example", () => {
    const model = buildTeamComparisonTracker({ asOf: 46084, analyses: [] });
    expect(model.cells[0][0]?.value).toBe("Team Comparison Tracker");
  });

  const model = buildTeamComparisonTracker(workbookAnalysis());

  it("is marked as ours under its usual name", () => {
    expect(model.name).toBe("Team Comparison Tracker");
    expect(model.role).toBe("team-comparison");
    expect(model.marker.definedName).toBe("CQCRecovery_team_comparison");
  });

  it("says when the service average hides a group", () => {
    const banner = findCell(model, /^Warning: Service average 91% hides Team B at 78%/);
    expect(banner).not.toBeNull();
    expect(banner?.cell.style?.fill).toBe("FCE4D6");
    expect(allText(model)).toContain("Service average 86% is below the 90% target; lowest: Hillview at 81%. Below target: Hillview.");
  });

  it("has one block per dimension with each group's numbers, status, reasons and series", () => {
    expect(findCell(model, "By team (gap between highest and lowest: 17.0 points)")).not.toBeNull();
    expect(findCell(model, "By location (gap between highest and lowest: 9.0 points)")).not.toBeNull();
    const teamB = findCell(model, "Team B");
    expect(teamB).not.toBeNull();
    const row = teamB?.row as number;
    const header = findCell(model, "Group")?.row as number;
    const headings = model.cells[header - 1].map((c) => c?.value);
    expect(headings).toEqual(["Group", "Records", "Mean", "Lower 95%", "Upper 95%", "Gap to service (points)", "Trend (points a week)", "Weeks to target", "On track", "Latest period", "Latest", "Status", "Reasons", "Wk 1", "Wk 2", "Wk 3"]);
    const values = model.cells[row - 1].map((c) => c?.value);
    expect(values.slice(0, 5)).toEqual(["Team B", 24, 0.78, 0.7, 0.85]);
    expect(values[5]).toBeCloseTo(-5);
    expect(values[6]).toBeCloseTo(0.2);
    expect(values.slice(7, 16)).toEqual([null, "Off track", "Wk 3", 0.78, "Below target", "Team B: 78% over 24 records (95% CI 70-85%), below the 90% target; flat.", 0.77, 0.79, 0.78]);
    expect(cellAt(model, row, 3)?.style?.numberFormat).toBe("0%");
    expect(cellAt(model, row, 14)?.style?.numberFormat).toBe("0%");
  });

  it("colours means, latest values and the series against the target, and statuses by status", () => {
    const header = findCell(model, "Group")?.row as number;
    const seriesRule = model.conditionalFormats.find((f) => f.range.top === header + 1 && f.range.left === 14);
    expect(seriesRule?.range).toEqual({ top: header + 1, left: 14, bottom: header + 3, right: 16 });
    expect(seriesRule?.rules[0]).toEqual({ kind: "cell-is", operator: "lessThan", formulae: ["0.9"], style: { fill: "FFC7CE", fontColour: "9C0006" } });
    const statusRule = model.conditionalFormats.find((f) => f.range.left === 12);
    expect(statusRule?.rules).toHaveLength(6);
  });

  it("keeps a formula-looking group name as text", () => {
    const team = findCell(model, "=SUM(A1)");
    expect(team?.cell.style?.numberFormat).toBe("@");
  });

  it("reverses the colours when lower is better", () => {
    const analysis = careRecords();
    analysis.settings = { ...analysis.settings, direction: "down" };
    const reversed = buildTeamComparisonTracker(workbookAnalysis(analysis));
    expect(reversed.conditionalFormats[0].rules[0]).toMatchObject({ operator: "greaterThan" });
  });

  it("says so when an analysis has no groups to compare", () => {
    const bare = careRecords();
    bare.dimensions = [];
    expect(allText(buildTeamComparisonTracker(workbookAnalysis(bare)))).toContain("No team, shift, location or staff group column was found, so only the service is shown (target 90%).");
    expect(allText(buildTeamComparisonTracker({ asOf: 46084, analyses: [] }))).toContain("No audit data was analysed, so there is nothing to compare yet.");
  });

  it("freezes the group column and sizes the columns", () => {
    expect(model.frozen).toEqual({ rows: 0, columns: 1 });
    expect(model.columns.find((c) => c.column === 13)?.width).toBe(80);
    expect(model.columns).toHaveLength(16);
    expect(locations().dimensions[0].groups).toHaveLength(2);
  });
});
