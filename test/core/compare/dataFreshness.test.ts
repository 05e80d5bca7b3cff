import { dataFreshness, partialPeriodKeys } from "../../../src/core/compare";

describe("dataFreshness", () => {
  it("matches its JSDoc example", () => {
    // 13/03/2026 (46094) is 18 days before 31/03/2026 (46112): more than two weeks.
    expect(dataFreshness(46094, 46112, "week", true).outOfDate).toBe(true);
  });

  it("allows exactly two periods, and counts months by the calendar", () => {
    expect(dataFreshness(46094, 46094 + 14, "week", true).outOfDate).toBe(false);
    expect(dataFreshness(46094, 46094 + 15, "week", true).outOfDate).toBe(true);
    expect(dataFreshness(46094, 46094 + 28, "fortnight", true).outOfDate).toBe(false);
    // 13/03/2026 plus two months is 13/05/2026 (46155).
    expect(dataFreshness(46094, 46155, "month", true).outOfDate).toBe(false);
    expect(dataFreshness(46094, 46156, "month", true).sentence).toBe("Data out of date: the latest data is from 13/03/2026, 62 days before the as-of date (14/05/2026), more than two months; the statuses describe the position on 13/03/2026.");
  });

  it("says the date is not known for a tracker whose periods carry no dates", () => {
    expect(dataFreshness(null, 46112, "week", false)).toEqual({ latestDataDate: null, outOfDate: false, sentence: "The periods carry no dates, so the date of the latest data is not known." });
  });
});

describe("partialPeriodKeys", () => {
  it("matches its JSDoc example", () => {
    // January to mid-March 2026 by month: March holds two weeks of data (02/03 to 15/03).
    expect([...partialPeriodKeys([46023, 46054, 46082], "month", 46027, 46094, 46112)]).toEqual([46082]);
  });

  it("marks a week cut short by the as-of date, but not a week the as-of date has passed", () => {
    // Weeks from Monday 02/03 (46083) and 09/03 (46090); the latest audit is Tuesday 10/03 (46091).
    // As of Wednesday 11/03 the second week is cut short; as of Sunday 15/03 (46096) it is whole.
    expect([...partialPeriodKeys([46083, 46090], "week", 46083, 46091, 46092)]).toEqual([46090]);
    expect([...partialPeriodKeys([46083, 46090], "week", 46083, 46091, 46096)]).toEqual([]);
  });

  it("marks a fortnight with a week or more outside the data", () => {
    // Fortnight from Monday 02/03 (46083) with audits only in its first week (latest 03/03, 46084).
    expect([...partialPeriodKeys([46083], "fortnight", 46083, 46084, 46112)]).toEqual([46083]);
  });

  it("ends a fortnight 14 days on and a month at the end of the calendar month", () => {
    // Fortnight from Monday 02/03 (46083) to Sunday 15/03: as of Monday 09/03 (46090) six days are
    // missing, within the tolerance; as of Sunday 08/03, seven.
    expect([...partialPeriodKeys([46083], "fortnight", 46083, 46090, 46090)]).toEqual([]);
    expect([...partialPeriodKeys([46083], "fortnight", 46083, 46090, 46089)]).toEqual([46083]);
    // March 2026 (from Sunday 01/03, 46082) ends on Tuesday 31/03: as of Wednesday 25/03 (46106) six
    // days are missing; as of Tuesday 24/03, seven.
    expect([...partialPeriodKeys([46082], "month", 46082, 46111, 46106)]).toEqual([]);
    expect([...partialPeriodKeys([46082], "month", 46082, 46111, 46105)]).toEqual([46082]);
  });
});
