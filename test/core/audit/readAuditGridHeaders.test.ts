import { proposeColumnRoles, readAuditGrid } from "../../../src/core/audit";
import { readQuestionAnswers } from "../../../src/core/audit/readQuestionAnswers";
import { SKIPPED_ROW_REASONS } from "../../../src/core/audit/skippedRowReasons";
import type { CellValue } from "../../../src/core/values";

// How audit headers are read: as the workbooks quality leads keep them, typed over several lines
// (Alt+Enter), phrased as questions, over two rows, or with a second audit stacked below the first.

describe("readAuditGrid", () => {
  describe("headers typed over several lines", () => {
    // Alt+Enter line breaks, a trailing space and a non-breaking space, as Excel keeps them.
    const grid: CellValue[][] = [
      ["Date\nof audit", "Team ", "Body map\ncompleted?", "Consent\u00a0recorded"],
      [46027, "Team A", "Yes", "Yes"],
      [46028, "Team B", "No", "Yes"],
      ["Date\nof audit", "Team ", "Body map\ncompleted?", "Consent\u00a0recorded"],
      [46029, "Team A", "Yes", "No"],
    ];

    it("names every column on one line, in the mapping and in the question names", () => {
      const result = readAuditGrid(grid, { sheet: "Safeguarding" });
      expect(result.mapping.map((entry) => entry.header)).toEqual(["Date of audit", "Team", "Body map completed?", "Consent recorded"]);
      expect(readQuestionAnswers(grid, 1, result)?.questions).toEqual(["Body map completed?", "Consent recorded"]);
    });

    it("still knows the header when it is repeated further down", () => {
      const result = readAuditGrid(grid, { sheet: "Safeguarding" });
      expect(result.rowsSkipped).toEqual([{ row: 4, reason: SKIPPED_ROW_REASONS.repeatedHeader }]);
      // Rows 2, 3 and 5 are the three data rows.
      expect(result.rowsUsed).toBe(3);
    });

    it("tidies a header of a mapping given back by the task pane the same way", () => {
      const mapping = proposeColumnRoles(grid, 0).map((entry) => ({ ...entry, header: entry.index === 2 ? "Body map\ncompleted?" : entry.header }));
      expect(readAuditGrid(grid, { sheet: "Safeguarding", mapping }).mapping[2].header).toBe("Body map completed?");
    });
  });

  describe("a question that mentions a member of staff", () => {
    // 13-header-breaks-bools.xlsx in small: TRUE/FALSE, 1/0 and text TRUE/FALSE answers.
    const grid: CellValue[][] = [
      ["Date", "Team", "Body map\ncompleted?", "Concern\nreported to\nmanager?", "MCA assessment done"],
      [46027, "Community North", true, 1, "TRUE"],
      [46029, "Community South", false, 0, "TRUE"],
      [46031, "Community South", true, 0, "FALSE"],
    ];

    it("analyses all three questions, 1/0 answers included", () => {
      const result = readAuditGrid(grid, { sheet: "Safeguarding" });
      expect(readQuestionAnswers(grid, 1, result)?.questions).toEqual(["Body map completed?", "Concern reported to manager?", "MCA assessment done"]);
      // Row 3: FALSE, 0, TRUE is 1 Yes of 3; row 4: TRUE, 0, FALSE is 1 of 3.
      expect(result.records.map((record) => (record.kind === "counts" ? [record.passed, record.checked] : null))).toEqual([[3, 3], [1, 3], [1, 3]]);
    });
  });
});
