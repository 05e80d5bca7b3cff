// Names that differ only in capitals or spaces are one group, shown in their most common spelling
// (ties: the first met), and the other spellings are named in the row account.
import { readAuditGrid } from "../../../src/core/audit";
import type { CellValue } from "../../../src/core/values";

// 05/01/2026 is Excel serial 46027; the second week starts 12/01/2026, serial 46034.
const week1 = 46027;
const week2 = 46034;

describe("group names differing only in case or spaces", () => {
  it("reads them as one group, in the most common spelling, on every record and in every week", () => {
    const grid: CellValue[][] = [
      ["Date", "Location", "Score"],
      [week1, "ROSE HOUSE", 0.8],
      [week1, "Rose House", 0.9],
      [week1, "Ivy court", 0.95],
      [week2, "Rose House ", 0.85], // trailing space: "Rose House"
      [week2, "rose  house", 0.7], // two spaces: "rose house"
      [week2, "Ivy Court", 0.9],
    ];
    const result = readAuditGrid(grid, { sheet: "Location audit" });
    // Rose House: "Rose House" 2 rows, "ROSE HOUSE" 1, "rose house" 1: "Rose House" is shown.
    // Ivy Court: "Ivy court" 1 row, "Ivy Court" 1: a tie, so the first met, "Ivy court".
    expect(result.records.map((record) => [record.date, record.groups.location])).toEqual([
      [week1, "Rose House"],
      [week1, "Rose House"],
      [week1, "Ivy court"],
      [week2, "Rose House"],
      [week2, "Rose House"],
      [week2, "Ivy court"],
    ]);
    // Records of one group share one groups object, whatever the spelling written.
    expect(result.records[0].groups).toBe(result.records[4].groups);
    expect(result.groupsFrom).toEqual([
      'column B "Location", names differing only in capitals or spaces read as one location: Location "Rose House" also written "ROSE HOUSE" (1 row) and "rose house" (1 row); "Ivy court" also written "Ivy Court" (1 row)',
    ]);
  });

  it("says nothing when every name is written one way", () => {
    const grid: CellValue[][] = [
      ["Date", "Location", "Score"],
      [week1, "Rose House", 0.8],
      [week1, " Ivy Court", 0.9], // a leading space is not another spelling
      [week2, "Ivy Court", 0.9],
    ];
    const result = readAuditGrid(grid, { sheet: "Location audit" });
    expect(result.records.map((record) => record.groups.location)).toEqual(["Rose House", "Ivy Court", "Ivy Court"]);
    expect(result.groupsFrom).toEqual([]);
  });
});
