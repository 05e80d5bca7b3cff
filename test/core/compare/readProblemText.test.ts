import { readProblemDetail, readProblemText } from "../../../src/core/compare";

// The reader's own message form (src/core/audit/gridCellReader.ts): 'Row <n>, column <letter> "<header>": <what>'.
const problem = { sheet: "Care record audits", row: 61, column: 'G "Risk updated"', message: 'Row 61, column G "Risk updated": the cell shows the Excel error #N/A; row left out' };

describe("readProblemDetail", () => {
  it("drops the row and column the message starts with", () => {
    expect(readProblemDetail(problem)).toBe("the cell shows the Excel error #N/A; row left out");
  });

  it("keeps a message that does not start with its cell", () => {
    expect(readProblemDetail({ ...problem, message: "No column of scores was found" })).toBe("No column of scores was found");
  });
});

describe("readProblemText", () => {
  it("says the sheet, row and column once (issue 15: “row 61, column G … : Row 61, column G …”)", () => {
    const text = readProblemText(problem);
    expect(text).toBe('Care record audits, row 61, column G "Risk updated": the cell shows the Excel error #N/A; row left out');
    expect(text.match(/row 61/gi)).toHaveLength(1);
  });
});
