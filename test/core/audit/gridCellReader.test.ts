import { GridCellReader } from "../../../src/core/audit/gridCellReader";

const scoreColumn = { index: 1, header: "Score", letter: "B", name: 'B "Score"' };

describe("GridCellReader", () => {
  it("matches its JSDoc example", () => {
    const reader = new GridCellReader("Audits", null);
    expect(reader.readScore("7/8", 2, scoreColumn, "row left out")).toBe("counts");
    expect([reader.scorePassed, reader.scoreChecked]).toEqual([7, 8]);
  });

  it("records an unreadable score as a problem naming sheet, row and column", () => {
    const reader = new GridCellReader("Audits", null);
    expect(reader.readScore("lots", 9, scoreColumn, "row left out")).toBe("problem");
    expect(reader.problems).toEqual([
      {
        sheet: "Audits", row: 9, column: 'B "Score"', columnLetter: "B", header: "Score",
        message: 'Row 9, column B "Score": "lots" is not a score (a number, a percentage such as 87% or a fraction such as 7/8); row left out',
      },
    ]);
  });

  it("reads raw numbers in the sheet's unit", () => {
    const reader = new GridCellReader("Audits", null);
    reader.unit = "percentage";
    expect(reader.readScore(87, 2, scoreColumn, "row left out")).toBe("raw");
    expect(reader.scoreValue).toBe(0.87);
  });

  it("says why a date or a group cell gave nothing", () => {
    const reader = new GridCellReader("Audits", null);
    expect(reader.day("31/02/2026")).toBeNull();
    expect(reader.dateProblem).toBe("notADate");
    expect(reader.groupName({ ...scoreColumn, role: "team", names: new Map() }, "All teams")).toBeNull();
    expect(reader.groupProblem).toBe("totals");
  });
});
