import { isTotalsLabel } from "../../../src/core/audit";

describe("isTotalsLabel", () => {
  it("matches its JSDoc example", () => {
    expect(isTotalsLabel("Service average")).toBe(true);
    expect(isTotalsLabel("All teams")).toBe(true);
    expect(isTotalsLabel("Meanwood House")).toBe(false);
  });

  it.each(["Total", "TOTAL:", "Average", "Overall", "Mean", "Grand total", "Average score", "Team B total", "Oak House average", "All"])(
    "reads %p as a totals label",
    (label) => {
      expect(isTotalsLabel(label)).toBe(true);
    },
  );

  it.each(["Team A", "Night", "Birch Court", "Totality House Care Home Unit average score", "Overton", "", "Care records audit"])(
    "reads %p as a group",
    (label) => {
      expect(isTotalsLabel(label)).toBe(false);
    },
  );
});
