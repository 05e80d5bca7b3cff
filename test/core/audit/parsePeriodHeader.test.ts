import { parsePeriodHeader } from "../../../src/core/audit";

describe("parsePeriodHeader", () => {
  it("matches its JSDoc example", () => {
    expect(parsePeriodHeader("w/c 05/01/2026")).toEqual({ date: 46027, label: "w/c 05/01/2026" });
    expect(parsePeriodHeader("Wk 1")).toEqual({ date: null, label: "Wk 1" });
    expect(parsePeriodHeader("Team")).toBeNull();
  });

  it("reads real dates and serials as the day, labelled dd/mm/yyyy", () => {
    expect(parsePeriodHeader(new Date(Date.UTC(2026, 0, 5)))).toEqual({ date: 46027, label: "05/01/2026" });
    expect(parsePeriodHeader(46027)).toEqual({ date: 46027, label: "05/01/2026" });
  });

  it.each([
    ["Jan-26", 46023],
    ["January 2026", 46023],
    ["05/01/2026", 46027],
    ["WC 05/01/2026", 46027],
    ["Week commencing 5 Jan 2026", 46027],
    ["W/B: 05/01/26", 46027],
  ])("reads %p as the date %p", (heading, date) => {
    expect(parsePeriodHeader(heading)?.date).toBe(date);
  });

  it.each(["Week 12", "W3", "P4", "Q1 2026", "January", "Month 2", "w/c 5 Jan"])("reads %p as a heading without a date", (heading) => {
    expect(parsePeriodHeader(heading)).toEqual({ date: null, label: heading });
  });

  it.each(["Date", "Week commencing", "w/c", "Score", 87, 1, true, null, "", { error: "#N/A" }])("does not read %p as a period", (heading) => {
    expect(parsePeriodHeader(heading)).toBeNull();
  });
});
