// Fault: "No - see notes" was not read as an answer and was left out while the plain Yeses were kept,
// which raised the pass rate. An answer followed by a comment is read by its answer, and counted.
import { describeRowsAccounted, readAuditGrid, type GridReadResult } from "../../../src/core/audit";
import type { CellValue } from "../../../src/core/values";

const rates = (result: GridReadResult) => result.records.map((r) => (r.kind === "score" ? r.score : `${r.passed}/${r.checked}`));

describe("answers with a comment after them", () => {
  // Row 2: Yes, "No - see notes", "N/A - new admission", "Yes - but not signed" -> 2 Yes, 1 No, 1 N/A = 2/3.
  // Row 3: "No: refused", "Yes (checked by nurse)", Yes, "No one present" -> 2 Yes, 1 No, 1 unreadable = 2/3.
  // Row 4: Yes, Yes, No, Yes = 3/4. Row 5: Yes, "Yesterday", Yes, No -> 2 Yes, 1 No, 1 unreadable = 2/3.
  const grid: CellValue[][] = [
    ["Team", "Q1", "Q2", "Q3", "Q4"],
    ["Team Alpha", "Yes", "No - see notes", "N/A - new admission", "Yes - but not signed"],
    ["Team Alpha", "No: refused", "Yes (checked by nurse)", "Yes", "No one present"],
    ["Team Alpha", "Yes", "Yes", "No", "Yes"],
    ["Team Alpha", "Yes", "Yesterday", "Yes", "No"],
  ];
  const result = readAuditGrid(grid, { sheet: "Care notes" });

  it("reads each by its answer, never dropping the No", () => {
    expect(rates(result)).toEqual(["2/3", "2/3", "3/4", "2/3"]);
  });

  it("leaves out only the cells that do not start with an answer", () => {
    expect(result.problems.map((p) => p.message)).toEqual([
      'Row 3, column E "Q4": "No one present" is not Yes, No, Partial or N/A; answer left out, the row\'s other answers are used',
      'Row 5, column C "Q2": "Yesterday" is not Yes, No, Partial or N/A; answer left out, the row\'s other answers are used',
    ]);
  });

  it("counts them, and the row account says how they were read", () => {
    // Row 2: three commented answers (Q2, Q3, Q4); row 3: two (Q1, Q2).
    expect(result.commentedAnswers).toBe(5);
    expect(describeRowsAccounted({ rowsRead: result.rowsRead, rowsUsed: result.rowsUsed, commentedAnswers: result.commentedAnswers })).toEqual([
      "4 rows read: 4 used, 0 left out.",
      '5 answers had a comment after them, read by the answer before the comment ("No - see notes" as No); a comment that changes its answer ("Yes - but not signed") is not read, so check those by hand.',
    ]);
  });

  it("reads units side by side the same way", () => {
    // Oak Unit: Yes, "Not met - chart missing" -> 1/1 and 0/1; Elm Unit: "Partial, see plan" (not met by default), No.
    const side = readAuditGrid([["Question", "Oak Unit", "Elm Unit"], ["Call bell in reach", "Yes", "Partial, see plan"], ["Room clean", "Not met - chart missing", "No"]], { sheet: "Walkround" });
    expect(side.layout).toBe("groups-as-columns");
    expect(side.records.map((r) => [r.groups.team, rates({ ...side, records: [r] })[0]])).toEqual([
      ["Oak Unit", "1/1"],
      ["Elm Unit", "0/1"],
      ["Oak Unit", "0/1"],
      ["Elm Unit", "0/1"],
    ]);
    expect([side.partialAnswers, side.commentedAnswers]).toEqual([1, 2]);
  });
});
