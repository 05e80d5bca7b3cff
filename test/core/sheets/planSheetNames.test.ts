import { planSheetNames, type ExistingSheetInfo } from "../../../src/core/sheets";

/** The longest sheet name Excel accepts. */
const excelSheetNameLimit = 31;

const userSheet = (name: string): ExistingSheetInfo => ({ name, ownedByAddin: false, role: null, protected: false });

describe("planSheetNames", () => {
  it("matches its JSDoc example", () => {
    expect(planSheetNames([userSheet("Action Tracker")])["action-tracker"]).toBe("Action Tracker (CQC)");
  });

  it("uses the usual names in a workbook without them", () => {
    expect(planSheetNames([userSheet("Audits")])).toEqual({
      "team-comparison": "Team Comparison Tracker",
      "action-tracker": "Action Tracker",
      "location-dashboard": "Location Assurance Dashboard",
      "assurance-summary": "Assurance Summary",
    });
  });

  it("keeps the name of a sheet our marker identifies, even after the user renamed it", () => {
    const names = planSheetNames([{ name: "Our actions", ownedByAddin: true, role: "action-tracker", protected: false }, userSheet("Action Tracker")]);
    expect(names["action-tracker"]).toBe("Our actions");
  });

  it("compares names ignoring case, as Excel does, and counts on when the suffixed name is taken too", () => {
    const names = planSheetNames([userSheet("action tracker"), userSheet("Action Tracker (CQC)"), userSheet("ACTION TRACKER (CQC) 2")]);
    expect(names["action-tracker"]).toBe("Action Tracker (CQC) 3");
  });

  it("keeps every name within Excel's 31 characters", () => {
    const names = planSheetNames([userSheet("Location Assurance Dashboard"), userSheet("Location Assurance Dashbo (CQC)")]);
    expect(names["location-dashboard"]).toBe("Location Assurance Dash (CQC) 2");
    expect(names["location-dashboard"].length).toBeLessThanOrEqual(excelSheetNameLimit);
    expect(Object.values(names).every((name) => name.length <= excelSheetNameLimit)).toBe(true);
  });
});
