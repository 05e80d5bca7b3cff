import { buildOutputSheets } from "../../../src/core/sheets";
import { workbookAnalysis } from "./fixtures/analyses";
import { contentOf } from "../actions/trackerFixtures";

describe("buildOutputSheets", () => {
  it("matches its JSDoc example", () => {
    expect(buildOutputSheets({ asOf: 46084, analyses: [] }, { existingSheets: [], existingActionTracker: null }).models.map((m) => m.name)).toEqual([
      "Team Comparison Tracker",
      "Action Tracker",
      "Location Assurance Dashboard",
      "Assurance Summary",
    ]);
  });

  it("writes beside a user's own sheet of the same name and merges with our existing tracker", () => {
    const first = buildOutputSheets(workbookAnalysis(), { existingSheets: [{ name: "Action Tracker", ownedByAddin: false, role: null, protected: false }], existingActionTracker: null });
    expect(first.names["action-tracker"]).toBe("Action Tracker (CQC)");
    expect(first.models[1].marker.refersTo).toBe("'Action Tracker (CQC)'!$A$1");
    const trackerAsRead = [first.tracker.header, ...first.tracker.rows.map((r) => r.map((v) => (v !== null && typeof v === "object" ? v.serialDate : v)))];
    const second = buildOutputSheets(workbookAnalysis(), {
      existingSheets: [{ name: "Action Tracker", ownedByAddin: false, role: null, protected: false }, { name: "Action Tracker (CQC)", ownedByAddin: true, role: "action-tracker", protected: false }],
      existingActionTracker: trackerAsRead,
    });
    expect(second.names["action-tracker"]).toBe("Action Tracker (CQC)");
    expect(contentOf(second.tracker)).toEqual(contentOf(first.tracker));
  });
});
