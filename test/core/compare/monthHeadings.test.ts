// Periods headed by months: a monthly tracker's "Mar-26" column or a "Month" column of "March" stands
// for the whole month, and a month named without a year is dated from the review date.
import { analyseRecords, analysisSettingsSchema, type CompareRecord, type RecordSet } from "../../../src/core/compare";
import { dateBareMonths } from "../../../src/core/compare/dateBareMonths";
import { lastDayCovered } from "../../../src/core/compare/partialPeriodKeys";

// Excel serials (=DATE(y,m,d) in Excel): 01/01/2026 is 46023; January has 31 days and February 28 in
// 2026, so 01/02/2026 is 46054, 01/03/2026 is 46082 and 31/03/2026 is 46112. 01/10/2025 is 46023 less
// the 92 days of October, November and December 2025: 45931.
const jan2026 = 46023;
const feb2026 = 46054;
const mar2026 = 46082;
const review = 46112;
const oct2025 = 45931;

/** One record per team per month heading: Team A passes 19 of 20 items, Team B 15 of 20. */
function monthly(labels: string[], dateOf: (label: string, index: number) => number | null): CompareRecord[] {
  return labels.flatMap((label, index) =>
    ["Team A", "Team B"].flatMap((team) =>
      Array.from({ length: 3 }, () => ({
        date: dateOf(label, index),
        periodIndex: dateOf(label, index) === null ? index : null,
        periodLabel: label,
        groups: { team },
        passed: team === "Team A" ? 19 : 15,
        checked: 20,
        score: null,
      })),
    ),
  );
}
const set = (records: CompareRecord[]): RecordSet => ({ title: "Medication audits", sources: [], records, groupingColumns: ["team"] });
const settings = (asOf: number) => analysisSettingsSchema.parse({ asOf, target: 0.9 });

describe("months named without a year (dateBareMonths)", () => {
  it("takes each as the latest such month on or before the review date, across the turn of the year", () => {
    const dated = dateBareMonths(monthly(["October", "Nov", "December", "January", "Feb.", "March"], () => null), review);
    expect([...new Set(dated?.records.map((record) => record.date))]).toEqual([oct2025, oct2025 + 31, oct2025 + 61, jan2026, feb2026, mar2026]);
    expect(dated?.sentence).toBe(
      'Months named without a year are taken as the latest such month on or before the review date ("October" is Oct 2025, "Nov" is Nov 2025, "December" is Dec 2025, "January" is Jan 2026, "Feb." is Feb 2026, "March" is Mar 2026).',
    );
  });

  it("leaves other undated headings, and records with dates of their own, as they are", () => {
    expect(dateBareMonths(monthly(["Wk 1", "Wk 2"], () => null), review)).toBeNull();
    expect(dateBareMonths(monthly(["January", "Q1"], () => null), review)).toBeNull();
    expect(dateBareMonths(monthly(["Jan-26"], () => jan2026), review)).toBeNull();
  });

  it("compares them by month, with March whole on a review dated 31/03/2026, not as three undated 'weeks'", () => {
    const result = analyseRecords(set(monthly(["January", "February", "March"], () => null)), settings(review));
    expect(result.explanation[0]).toMatch(/^Months named without a year are taken as the latest such month/);
    const teamB = result.dimensions[0].groups.find((group) => group.name === "Team B");
    expect(teamB?.series.map((point) => [point.label, point.partial === true])).toEqual([["Jan 2026", false], ["Feb 2026", false], ["Mar 2026", false]]);
    // 15 of 20 in every month: 75%, below the 90% target in all three whole months.
    expect(teamB?.status).toBe("below-target");
    expect(result.explanation.join(" ")).not.toMatch(/no dates/);
  });
});

describe("a month's heading covers its whole month (lastDayCovered)", () => {
  it("carries a record under 'Mar-26', dated the 1st, to the month's last day; a week's or a day's heading stays on its date", () => {
    const record = (periodLabel: string | null, date: number): CompareRecord => ({ date, periodIndex: null, periodLabel, groups: {}, passed: 1, checked: 1, score: null });
    expect(lastDayCovered([record("Mar-26", mar2026)])).toBe(review);
    expect(lastDayCovered([record("March 2026", mar2026), record("Jan-26", jan2026)])).toBe(review);
    expect(lastDayCovered([record("w/c 02/03/2026", mar2026 + 1)])).toBe(mar2026 + 1);
    expect(lastDayCovered([record("01/03/2026", mar2026)])).toBe(mar2026);
    expect(lastDayCovered([record("1st March 2026", mar2026)])).toBe(mar2026);
    expect(lastDayCovered([record(null, mar2026)])).toBe(mar2026);
  });

  it("counts the latest month of a monthly tracker as whole on the month's last day, and as partial when the review date cuts it", () => {
    const dateOf = (label: string) => ({ "Jan-26": jan2026, "Feb-26": feb2026, "Mar-26": mar2026 })[label] ?? null;
    const whole = analyseRecords(set(monthly(["Jan-26", "Feb-26", "Mar-26"], dateOf)), settings(review));
    expect(whole.dimensions[0].groups[0].series.map((point) => point.partial === true)).toEqual([false, false, false]);
    // Reviewed on 15/03/2026 (46096), March is only half over.
    const cut = analyseRecords(set(monthly(["Jan-26", "Feb-26", "Mar-26"], dateOf)), settings(mar2026 + 14));
    expect(cut.dimensions[0].groups[0].series.map((point) => point.partial === true)).toEqual([false, false, true]);
  });
});
