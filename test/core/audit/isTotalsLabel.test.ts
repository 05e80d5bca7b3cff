import { isTotalsLabel } from "../../../src/core/audit";

describe("isTotalsLabel", () => {
  it("matches its JSDoc example", () => {
    expect(isTotalsLabel("Service average")).toBe(true);
    expect(isTotalsLabel("All teams")).toBe(true);
    expect(isTotalsLabel("Meanwood House")).toBe(false);
    expect(isTotalsLabel("+SUM(9,9) Gamma")).toBe(false);
  });

  it.each(["Total", "TOTAL:", "Average", "Overall", "Mean", "Grand total", "Average score", "Team B total", "Oak House average", "All"])(
    "reads %p as a totals label",
    (label) => {
      expect(isTotalsLabel(label)).toBe(true);
    },
  );

  it.each(["YTD average", "Year to date average", "Service average", "All teams", "Average score for all teams", "Total for the month"])(
    "reads the whole totals phrase %p as a totals label",
    (label) => {
      expect(isTotalsLabel(label)).toBe(true);
    },
  );

  // Issue 12: a group called "+SUM(9,9) Gamma" lost all 36 of its rows to the leading word "sum".
  it.each(["+SUM(9,9) Gamma", "Sum Gamma", "Total Care Team", "Average Joes", "Overall House", "Mean Street Unit", "Summary Court"])(
    "reads %p, a name that starts with a totals word, as a group",
    (label) => {
      expect(isTotalsLabel(label)).toBe(false);
    },
  );

  it.each(["Team A", "Night", "Birch Court", "Totality House Care Home Unit average score", "Overton", "", "Care records audit"])(
    "reads %p as a group",
    (label) => {
      expect(isTotalsLabel(label)).toBe(false);
    },
  );
});
