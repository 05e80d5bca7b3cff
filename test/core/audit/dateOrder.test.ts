// Text dates as other systems write them: month first (US order) when the column shows it, and Excel
// date serials kept as text. Serials: 46027 is Monday 05/01/2026 (=DATE(2026,1,5) in Excel).
import { describeRowsAccounted, readAuditGrid } from "../../../src/core/audit";
import type { CellValue } from "../../../src/core/values";

const grid = (dates: readonly CellValue[]): CellValue[][] => [["Date", "Team", "Score"], ...dates.map((date, i): CellValue[] => [date, i % 2 ? "Blue" : "Green", 0.9])];

describe("readAuditGrid on text dates", () => {
  it("reads a column month first when some date has a second number above 12 and none a first", () => {
    const result = readAuditGrid(grid(["01/19/2026", "02/03/2026", "03/25/2026"]), { sheet: "IPC audit" });
    // 19 January (46041), 3 February (46056: 46023 + 31 + 2) and 25 March (46106: 46082 + 24), 2026.
    expect(result.records.map((record) => record.date)).toEqual([46041, 46056, 46106]);
    expect(result.problems).toEqual([]);
    expect(describeRowsAccounted(result)[1]).toBe('Dates in column A "Date" read month first, as written in the US (2 dates such as "01/19/2026" have a month above 12 otherwise; "01/19/2026" is 19/01/2026).');
  });

  it("keeps day first, as in the UK, when the column could be either or shows day first", () => {
    // 02/03/2026 alone is 2 March; beside 25/03/2026 too.
    expect(readAuditGrid(grid(["02/03/2026"]), { sheet: "S" }).records.map((record) => record.date)).toEqual([46083]);
    const both = readAuditGrid(grid(["02/03/2026", "25/03/2026"]), { sheet: "S" });
    expect(both.records.map((record) => record.date)).toEqual([46083, 46106]);
    expect(both.datesNote).toBeUndefined();
  });

  it("leaves a column with dates in both orders day first, and names each date it cannot read", () => {
    const mixed = readAuditGrid(grid(["25/03/2026", "03/26/2026"]), { sheet: "S" });
    expect(mixed.records.map((record) => record.date)).toEqual([46106]);
    expect(mixed.problems.map((problem) => problem.row)).toEqual([3]);
  });

  it("reads an Excel date serial kept as text", () => {
    expect(readAuditGrid(grid(["46027", "46034"]), { sheet: "S" }).records.map((record) => record.date)).toEqual([46027, 46034]);
  });
});
