import { measureMeaning, namesAHarm } from "../../../src/core/audit/measureMeaning";

describe("measureMeaning", () => {
  it("matches its JSDoc example", () => {
    expect(measureMeaning("Falls per 1,000 occupied bed days")).toBe("rate");
    expect(measureMeaning("Beds")).toBe("denominator");
    expect(measureMeaning("Team")).toBeNull();
  });

  it.each(["Compliance %", "Pressure ulcer rate", "Score", "Incidents per 100 residents", "Falls/1,000 OBD"])("reads %p as a rate or score", (header) => {
    expect(measureMeaning(header)).toBe("rate");
  });

  it.each(["Occupied bed days", "No. of beds", "Residents", "Staff numbers", "WTE"])("reads %p as a denominator", (header) => {
    expect(measureMeaning(header)).toBe("denominator");
  });
});

describe("namesAHarm", () => {
  it("knows a harm counted or rated, where fewer is better", () => {
    for (const header of ["Medication error rate %", "Falls per 1,000 occupied bed days", "Number of complaints", "Pressure ulcers", "Missed visits", "Incidents"]) expect([header, namesAHarm(header)]).toEqual([header, true]);
  });

  it("does not take a check done or a standard met for a harm", () => {
    for (const header of ["Falls risk assessment completed", "Infection control compliance", "Pressure ulcer prevention plan", "Score", "Compliance %", "Complaints recorded"]) expect([header, namesAHarm(header)]).toEqual([header, false]);
  });
});
