import { proposeColumnRoles, type ColumnMapping } from "../../../src/core/audit";
import type { CellValue } from "../../../src/core/values";
import { careRecordLogGrid, careRecordLogRoles } from "./fixtures/careRecordLogGrid";
import { locationTrackerGrid } from "./fixtures/locationTrackerGrid";
import { safeguardingChecksGrid } from "./fixtures/safeguardingChecksGrid";

function roles(mapping: ColumnMapping): Record<string, string> {
  return Object.fromEntries(mapping.map((entry) => [entry.header, entry.role]));
}

describe("proposeColumnRoles", () => {
  it("matches its JSDoc example", () => {
    expect(proposeColumnRoles([["Team", "Result"], ["Team A", "Yes"], ["Team B", "No"]], 0).map((c) => c.role)).toEqual(["team", "item"]);
  });

  it("maps a care record log with item columns, never reading names or comments", () => {
    expect(roles(proposeColumnRoles(careRecordLogGrid, 3))).toEqual(careRecordLogRoles);
  });

  it("maps counts of correct responses and questions asked", () => {
    expect(roles(proposeColumnRoles(safeguardingChecksGrid, 0))).toEqual({
      Date: "date",
      "Staff group": "staffGroup",
      Shift: "shift",
      Staff: "staff",
      Scenario: "ignore",
      "Correct responses": "passed",
      "Questions asked": "checked",
      Score: "score",
    });
  });

  it("maps week headings as periods and sets a summary column aside", () => {
    expect(roles(proposeColumnRoles(locationTrackerGrid, 1))).toEqual({
      Location: "location",
      "Evidence source": "source",
      "w/c 05/01/2026": "period",
      "w/c 12/01/2026": "period",
      "w/c 19/01/2026": "period",
      Average: "ignore",
    });
  });

  it("lets Yes/No values outweigh a score header and explains why", () => {
    const [, result] = proposeColumnRoles([["Team", "Result"], ["Team A", "Yes"], ["Team B", "No"], ["Team B", "N/A"]], 0);
    expect(result.role).toBe("item");
    expect(result.reason).toBe('The header "Result" names a score, but 3 of 3 values looked at are Yes, No or N/A: an audit question.');
  });

  it("reads a question about a manager or keyworker, answered 1/0, TRUE/FALSE or Yes/No, as a question", () => {
    // Every header mentions a person's role ("manager", "keyworker", "staff"); every column holds answers.
    const grid: CellValue[][] = [
      ["Date", "Team", "Staff name", "Concern reported to manager?", "Has keyworker signed", "Staff aware?"],
      [46027, "Team A", "J Smith", 1, true, "Yes"],
      [46028, "Team B", "A Khan", 0, false, "No"],
      [46029, "Team A", "J Smith", 1, true, "Y"],
    ];
    const mapping = proposeColumnRoles(grid, 0);
    expect(roles(mapping)).toEqual({
      Date: "date", Team: "team", "Staff name": "staff",
      "Concern reported to manager?": "item", "Has keyworker signed": "item", "Staff aware?": "item",
    });
    // 3 values under the header, all 1 or 0.
    expect(mapping[3].reason).toBe('The header "Concern reported to manager?" is phrased as a question ("manager" is part of the question, not a column of its own), and 3 of 3 values looked at are Yes or No, 1 or 0 or N/A: an audit question.');
  });

  it("reads a name column whose every value is an answer as a question, and says so", () => {
    const grid: CellValue[][] = [["Team", "Manager", "Initials"], ["Team A", 1, "JS"], ["Team B", 0, "AK"], ["Team A", "N/A", "N"]];
    const [, manager, initials] = proposeColumnRoles(grid, 0);
    expect(manager.role).toBe("item");
    expect(manager.reason).toBe('The header "Manager" names a member of staff (never copied), but all 3 values looked at are Yes or No, 1 or 0 or N/A, which no name, initials or reference is: read as an audit question (set it aside if it is not one).');
    // One "N" among initials is chance, not an answer column.
    expect(initials.role).toBe("staff");
  });

  it("keeps a column of counts of 1 and 0 under a plain header as a count", () => {
    const grid: CellValue[][] = [["Team", "Checked", "Passed"], ["Team A", 1, 1], ["Team B", 1, 0], ["Team A", 1, 1]];
    expect(proposeColumnRoles(grid, 0).map((entry) => entry.role)).toEqual(["team", "checked", "passed"]);
  });

  it("reads unnamed columns from their values", () => {
    const grid: CellValue[][] = [
      ["", "", "", "Score"],
      ["Night", "Audit", "Oak Unit", 0.9],
      ["Day", "Feedback", "Ash Unit", 0.8],
      ["Night", "Observation", "Oak Unit", 0.85],
    ];
    expect(proposeColumnRoles(grid, 0).map((c) => c.role)).toEqual(["shift", "source", "team", "score"]);
  });

  it("reads a date column passed as serial numbers under an unknown header", () => {
    const grid: CellValue[][] = [["Audited on", "Team", "Score"], [46027, "Team A", 90], [46034, "Team B", 80]];
    expect(proposeColumnRoles(grid, 0)[0].role).toBe("date");
  });

  it("keeps one column per role and says which, and how to compare by the other", () => {
    const mapping = proposeColumnRoles([["Team", "Care team", "Score"], ["Team A", "Oak", 0.9]], 0);
    expect(mapping.map((c) => c.role)).toEqual(["team", "ignore", "score"]);
    expect(mapping[1].reason).toBe('A second column of teams; only column A "Team" is compared by team. To compare by column B "Care team" instead, choose it in the Source step.');
  });

  it("reads a 'Unit' column beside a 'Team' column as the location rather than dropping it", () => {
    expect(proposeColumnRoles([["Team", "Unit", "Score"], ["Team A", "Oak", 0.9]], 0).map((c) => c.role)).toEqual(["team", "location", "score"]);
  });

  it("reads whole-number scores beside an 'Out of' column as counts passed", () => {
    const mapping = proposeColumnRoles([["Team", "Score", "Out of"], ["Team A", 18, 20], ["Team B", 15, 20]], 0);
    expect(mapping.map((c) => c.role)).toEqual(["team", "passed", "checked"]);
  });

  it("sets aside a count without its partner", () => {
    expect(proposeColumnRoles([["Team", "Passed"], ["Team A", 4]], 0)[1].role).toBe("ignore");
  });

  it("offers an unnamed column of numbers from 0 to 100 as the score when nothing else is measured", () => {
    const mapping = proposeColumnRoles([["Team", "Q3 figure"], ["Team A", 88], ["Team B", 92]], 0);
    expect(mapping[1]).toMatchObject({ role: "score", confidence: 0.3 });
  });

  it("treats sentences under a grouping header as free text", () => {
    const grid: CellValue[][] = [["Evidence", "Score"], ["Observed two handovers; both used the new template", 0.9], ["Spoke with three relatives about their views", 0.8]];
    expect(proposeColumnRoles(grid, 0)[0].role).toBe("comments");
  });

  it("names columns from the grid's first column", () => {
    const mapping = proposeColumnRoles([["Team", "Care team", "Score"], ["Team A", "Oak", 0.9]], 0, { firstColumn: 3 });
    expect(mapping[1].reason).toBe('A second column of teams; only column C "Team" is compared by team. To compare by column D "Care team" instead, choose it in the Source step.');
  });

  it("gives every column a confidence between 0 and 1 and a reason", () => {
    for (const entry of proposeColumnRoles(careRecordLogGrid, 3)) {
      expect(entry.confidence).toBeGreaterThan(0);
      expect(entry.confidence).toBeLessThanOrEqual(1);
      expect(entry.reason).toMatch(/\.$/);
    }
  });
});
