import { findHeaderRow, proposeColumnRoles, readAuditGrid } from "../../../src/core/audit";
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

  describe("a two-row header", () => {
    // 06-two-row-header.xlsx in small: "Care plan", "Risk assessment" and "MAR chart" merged over
    // "Signed" and "Reviewed"; Date and Floor merged down over both rows (read as blank below).
    const grid: CellValue[][] = [
      ["Date", "Floor", "Care plan", "", "Risk assessment", "", "MAR chart", ""],
      ["", "", "Signed", "Reviewed", "Signed", "Reviewed", "Signed", "Reviewed"],
      [46027, "Floor 1", "Yes", "Yes", "No", "Yes", "Yes", "No"],
      [46028, "Floor 2", "No", "Yes", "Yes", "Yes", "No", "Yes"],
    ];

    it("reads the two rows as one header: six questions, and the date and floor named", () => {
      const result = readAuditGrid(grid, { sheet: "Documentation audit" });
      expect(result.headerRow).toBe(2);
      expect(result.mapping.map((entry) => [entry.header, entry.role])).toEqual([
        ["Date", "date"], ["Floor", "team"],
        ["Care plan: Signed", "item"], ["Care plan: Reviewed", "item"],
        ["Risk assessment: Signed", "item"], ["Risk assessment: Reviewed", "item"],
        ["MAR chart: Signed", "item"], ["MAR chart: Reviewed", "item"],
      ]);
      // Row 3: Yes, Yes, No, Yes, Yes, No is 4 of 6; row 4: No, Yes, Yes, Yes, No, Yes is 4 of 6.
      expect(result.records.map((record) => (record.kind === "counts" ? [record.passed, record.checked] : null))).toEqual([[4, 6], [4, 6]]);
      expect(result.rowsRead).toBe(2);
    });

    it("takes the lower row as the header when the labels above it look more like one", () => {
      // "Date" and "Team" name known columns, so the upper row scores higher on its own.
      const upperWins: CellValue[][] = [["Date", "Team", "Care plan", ""], ["", "", "Signed", "Reviewed"], [46027, "Team A", "Yes", "No"], [46028, "Team B", "Yes", "Yes"]];
      expect(findHeaderRow(upperWins)).toBe(1);
      expect(readAuditGrid(upperWins, { sheet: "Audit" }).mapping.map((entry) => entry.header)).toEqual(["Date", "Team", "Care plan: Signed", "Care plan: Reviewed"]);
    });
  });

  describe("two questions with one header", () => {
    it("keeps them apart by column letter", () => {
      // Only the lower row of a two-row header, as when the labels above are not merged cells but a picture.
      const grid: CellValue[][] = [["Team", "Signed", "Reviewed", "Signed", "Reviewed"], ["Team A", "Yes", "No", "No", "Yes"], ["Team B", "Yes", "Yes", "No", "No"]];
      const result = readAuditGrid(grid, { sheet: "Audit", firstColumn: 2 });
      const read = readQuestionAnswers(grid, 1, result, "not-met", 2);
      // The grid starts in column B, so its columns are B to F.
      expect(read?.questions).toEqual(["Signed (column C)", "Reviewed (column D)", "Signed (column E)", "Reviewed (column F)"]);
      expect(read?.answers).toEqual([[1, 0, 0, 1], [1, 1, 0, 0]]);
    });
  });
});
