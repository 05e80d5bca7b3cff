import { findHeaderRow, proposeColumnRoles, readAuditGrid } from "../../../src/core/audit";
import { readQuestionAnswers } from "../../../src/core/audit/readQuestionAnswers";
import { SKIPPED_ROW_REASONS } from "../../../src/core/audit/skippedRowReasons";
import { summariseRowsLeftOut } from "../../../src/core/audit/summariseRowsLeftOut";
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

  describe("two audits stacked on one sheet", () => {
    // 08-stacked-audits.xlsx in small: a medication audit, two blank rows, a title and a falls audit
    // with the same Date and Team columns but other questions.
    const grid: CellValue[][] = [
      ["MEDICATION AUDIT"],
      ["Date", "Team", "MAR signed", "Stock count correct"],
      [46027, "Team Red", "Yes", "Yes"],
      [46028, "Team Blue", "No", "Yes"],
      [],
      [],
      ["FALLS AUDIT"],
      ["Date", "Team", "Falls risk assessment done", "Sensor mat checked"],
      [46029, "Team Red", "No", "No"],
      [46030, "Team Blue", "Yes", "Yes"],
    ];

    it("reads the first audit only and never scores the second under its questions", () => {
      // The first header is the one in use, however short the first block: rows 3 and 4 fill it.
      expect(findHeaderRow(grid)).toBe(1);
      const result = readAuditGrid(grid, { sheet: "Monthly audits" });
      // Row 3: 2 of 2 Yes; row 4: 1 of 2. Rows 9 and 10 (the falls answers) give no record.
      expect(result.records.map((record) => [record.row, record.kind === "counts" ? record.passed : null])).toEqual([[3, 2], [4, 1]]);
    });

    it("accounts for every row of the second table and says where it starts", () => {
      const result = readAuditGrid(grid, { sheet: "Monthly audits" });
      // Rows 3 to 10 are read: 2 used; rows 5 and 6 blank; row 7 (the title) has no answers; rows 8 to 10 are the second table.
      expect(result.rowsRead).toBe(8);
      expect(result.rowsUsed).toBe(2);
      expect(result.rowsLeftOut).toEqual(summariseRowsLeftOut([
        { row: 5, reason: SKIPPED_ROW_REASONS.blank }, { row: 6, reason: SKIPPED_ROW_REASONS.blank },
        { row: 7, reason: SKIPPED_ROW_REASONS.noAnswers },
        { row: 8, reason: SKIPPED_ROW_REASONS.secondTable }, { row: 9, reason: SKIPPED_ROW_REASONS.secondTable }, { row: 10, reason: SKIPPED_ROW_REASONS.secondTable },
      ]));
      expect(result.problems).toEqual([{
        sheet: "Monthly audits", row: 8, column: "", columnLetter: "", header: "",
        message: 'Row 8: a second table starts here, with other columns ("Falls risk assessment done" and "Sensor mat checked") than the table above ("MAR signed" and "Stock count correct"); its 3 rows (8 to 10) are not read, so that two audits are never mixed. Move it to a sheet of its own to analyse it',
      }]);
    });

    it("still leaves out a header repeated with the same questions, and reads rows of notes as data", () => {
      const repeated: CellValue[][] = [
        ["Team", "MAR signed", "Stock count correct"],
        ["Team Red", "Yes", "Yes"],
        ["Team", "MAR signed", "Stock count correct"],
        ["Team Blue", "see notes", "Yes"],
      ];
      const result = readAuditGrid(repeated, { sheet: "Monthly audits" });
      expect(result.rowsSkipped).toEqual([{ row: 3, reason: SKIPPED_ROW_REASONS.repeatedHeader }]);
      // Row 4 is data: its "see notes" is a problem, its Yes counted.
      expect(result.rowsUsed).toBe(2);
    });
  });
});
