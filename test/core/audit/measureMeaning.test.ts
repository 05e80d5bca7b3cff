import { measureMeaning } from "../../../src/core/audit/measureMeaning";

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
