import { addinMarker } from "../../../src/core/sheets";

describe("addinMarker", () => {
  it("matches its JSDoc example", () => {
    expect(addinMarker.forSheet("action-tracker", "Action Tracker")).toEqual({ role: "action-tracker", definedName: "CQCRecovery_action_tracker", refersTo: "'Action Tracker'!$A$1" });
    expect(addinMarker.read([{ name: "CQCRecovery_action_tracker", refersTo: "='Action Tracker'!$A$1" }])).toEqual([{ sheet: "Action Tracker", role: "action-tracker" }]);
  });

  it("round-trips a sheet name with an apostrophe", () => {
    const marker = addinMarker.forSheet("assurance-summary", "Riverside's summary");
    expect(marker.refersTo).toBe("'Riverside''s summary'!$A$1");
    expect(addinMarker.read([{ name: marker.definedName, refersTo: marker.refersTo }])).toEqual([{ sheet: "Riverside's summary", role: "assurance-summary" }]);
  });

  it("still recognises a sheet after rows were inserted above A1 and reads unquoted references", () => {
    expect(addinMarker.read([{ name: "cqcrecovery_team_comparison", refersTo: "Tracker!$A$3" }])).toEqual([{ sheet: "Tracker", role: "team-comparison" }]);
  });

  it("ignores names of other tools, unknown roles and references broken by a deleted sheet", () => {
    expect(
      addinMarker.read([
        { name: "Print_Area", refersTo: "'Action Tracker'!$A$1:$C$9" },
        { name: "CQCRecovery_something_else", refersTo: "'X'!$A$1" },
        { name: "CQCRecovery_action_tracker", refersTo: "=#REF!$A$1" },
        { name: "CQCRecovery_location_dashboard", refersTo: "0.9" },
      ]),
    ).toEqual([]);
  });

  it("tells its own names from others", () => {
    expect(addinMarker.isMarkerName("CQCRecovery_location_dashboard")).toBe(true);
    expect(addinMarker.isMarkerName("CQCRecovery_Data")).toBe(false);
    expect(addinMarker.isMarkerName("Targets")).toBe(false);
  });
});
