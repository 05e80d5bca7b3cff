import { proposeColumnRoles, readAuditGrid, type AuditRecord, type ColumnMapping } from "../../../src/core/audit";
import { workerFlagGroups } from "../../../src/core/audit/matchHeaderRole";
import type { CellValue } from "../../../src/core/values";

// Columns that group records but are not the first of their role: a worker-kind flag ("Agency (Y/N)")
// is a staff group, never an audit question, and a second grouping column is never dropped without a word.

function roles(mapping: ColumnMapping): Record<string, string> {
  return Object.fromEntries(mapping.map((entry) => [entry.header, entry.role]));
}

/** Pooled rate (Yes over Yes + No, in %) per group of one role, from the records read. */
function ratesBy(records: readonly AuditRecord[], role: "team" | "location" | "staffGroup"): Record<string, number> {
  const sums = new Map<string, [number, number]>();
  for (const record of records) {
    if (record.kind !== "counts") throw new Error("expected counts");
    const group = record.groups[role] ?? "(none)";
    const [passed, checked] = sums.get(group) ?? [0, 0];
    sums.set(group, [passed + record.passed, checked + record.checked]);
  }
  return Object.fromEntries([...sums].map(([group, [passed, checked]]) => [group, Math.round((passed / checked) * 1000) / 10]));
}

const d = (day: number): Date => new Date(Date.UTC(2026, 0, day));

describe("workerFlagGroups", () => {
  it("matches its JSDoc examples", () => {
    expect(workerFlagGroups("Agency (Y/N)")).toEqual({ yes: "Agency", no: "Not agency" });
    expect(workerFlagGroups("New starter?")).toEqual({ yes: "New starter", no: "Not new starter" });
    expect(workerFlagGroups("Hand hygiene")).toBeNull();
  });

  it("reads the kinds of worker a quality lead flags, in any case, with or without a Y/N note", () => {
    expect(workerFlagGroups("AGENCY Y/N")).toEqual({ yes: "Agency", no: "Not agency" });
    expect(workerFlagGroups("Bank staff")).toEqual({ yes: "Bank staff", no: "Not bank staff" });
    expect(workerFlagGroups("Newly qualified (yes/no)")).toEqual({ yes: "Newly qualified", no: "Not newly qualified" });
    expect(workerFlagGroups("Preceptee")).toEqual({ yes: "Preceptee", no: "Not preceptee" });
  });

  it("leaves questions that only mention a kind of worker, and induction, as questions", () => {
    expect(workerFlagGroups("Agency staff induction completed?")).toBeNull();
    expect(workerFlagGroups("Induction complete?")).toBeNull();
    expect(workerFlagGroups("Bank holiday")).toBeNull();
  });
});

describe("a Yes/No column saying what kind of worker a row is about", () => {
  // Rows 2 to 5. Hand-counted Yes of 2 questions per row:
  // Nurse: row 2 Yes,Yes (2) + row 3 Yes,No (1) = 3 of 4 = 75%; Care assistant: row 4 No,No (0) + row 5 Yes,Yes (2) = 2 of 4 = 50%.
  // Agency rows 3 and 5: 1 + 2 = 3 of 4 = 75%; not agency rows 2 and 4: 2 + 0 = 2 of 4 = 50%.
  const answers: CellValue[][] = [["Yes", "Yes"], ["Yes", "No"], ["No", "No"], ["Yes", "Yes"]];
  const titles = ["Nurse", "Nurse", "Care assistant", "Care assistant"];
  const agency = ["N", "Y", "n", "Yes"];

  it("beside a job title: the job title is the staff group and the flag is set aside with how to compare by it, never counted as a question", () => {
    const grid: CellValue[][] = [["Date", "Job title", "Agency (Y/N)", "Hand hygiene", "Dignity maintained"], ...answers.map((row, i) => [d(5 + i), titles[i], agency[i], ...row])];
    const mapping = proposeColumnRoles(grid, 0);
    expect(roles(mapping)).toEqual({ Date: "date", "Job title": "staffGroup", "Agency (Y/N)": "ignore", "Hand hygiene": "item", "Dignity maintained": "item" });
    expect(mapping[2].reason).toBe('The header "Agency (Y/N)" says whether the worker is agency: its Yes and No mark staff groups ("Agency" and "Not agency"), not answers to an audit question. Only one column of staff groups is compared, and column B "Job title" is that column, so this one is not used (and never counted as a question); to compare Agency with Not agency instead, choose "staff group" for column C "Agency (Y/N)" in the Source step.');
    const result = readAuditGrid(grid, { sheet: "Supervision obs" });
    // 2 questions a row, never 3: the service is 5 of 8 = 62.5%.
    expect(result.records.map((r) => (r.kind === "counts" ? r.checked : 0))).toEqual([2, 2, 2, 2]);
    expect(ratesBy(result.records, "staffGroup")).toEqual({ Nurse: 75, "Care assistant": 50 });
  });

  it("alone: the flag is the staff group, named Agency and Not agency rather than Y and N", () => {
    const grid: CellValue[][] = [["Date", "Agency (Y/N)", "Hand hygiene", "Dignity maintained"], ...answers.map((row, i) => [d(5 + i), agency[i], ...row])];
    expect(roles(proposeColumnRoles(grid, 0))).toEqual({ Date: "date", "Agency (Y/N)": "staffGroup", "Hand hygiene": "item", "Dignity maintained": "item" });
    const result = readAuditGrid(grid, { sheet: "Supervision obs" });
    expect(result.records.map((r) => (r.kind === "counts" ? r.checked : 0))).toEqual([2, 2, 2, 2]);
    expect(ratesBy(result.records, "staffGroup")).toEqual({ Agency: 75, "Not agency": 50 });
  });

  it("reads 'New starter' the same way, and 'Induction complete?' as a question", () => {
    const grid: CellValue[][] = [["Date", "New starter", "Induction complete?", "Hand hygiene"], [d(5), "Y", "Yes", "Yes"], [d(6), "N", "No", "No"], [d(7), "N", "Yes", "Yes"]];
    expect(roles(proposeColumnRoles(grid, 0))).toEqual({ Date: "date", "New starter": "staffGroup", "Induction complete?": "item", "Hand hygiene": "item" });
  });

  it("still reads a question that only mentions agency staff as a question", () => {
    const grid: CellValue[][] = [["Date", "Agency staff inducted to the unit", "Hand hygiene"], [d(5), "Yes", "Yes"], [d(6), "No", "No"], [d(7), "Yes", "Yes"]];
    expect(proposeColumnRoles(grid, 0)[1].role).toBe("item");
  });
});

describe("two columns that would both group records one way", () => {
  // Rows 2 to 5, one question each. Team: Red (rows 2, 4) 1 of 2 = 50%, Blue (rows 3, 5) 2 of 2 = 100%.
  // Unit: Oak (rows 2, 3) 1 of 2 = 50%, Elm (rows 4, 5) 2 of 2 = 100%.
  const body: CellValue[][] = [["Oak", "Red", "No"], ["Oak", "Blue", "Yes"], ["Elm", "Red", "Yes"], ["Elm", "Blue", "Yes"]];

  it("reads 'Unit' beside 'Team' as the location, so both are compared, whichever comes first", () => {
    const grid: CellValue[][] = [["Unit", "Team", "Hand hygiene"], ...body];
    const mapping = proposeColumnRoles(grid, 0);
    expect(roles(mapping)).toEqual({ Unit: "location", Team: "team", "Hand hygiene": "item" });
    expect(mapping[0].reason).toBe('The header "Unit" names a team, but column B "Team" names the teams: read as a location, so both are compared.');
    const result = readAuditGrid(grid, { sheet: "Obs" });
    expect(ratesBy(result.records, "team")).toEqual({ Red: 50, Blue: 100 });
    expect(ratesBy(result.records, "location")).toEqual({ Oak: 50, Elm: 100 });
    const swapped: CellValue[][] = [["Team", "Unit", "Hand hygiene"], ...body.map(([unit, team, answer]) => [team, unit, answer])];
    expect(roles(proposeColumnRoles(swapped, 0))).toEqual({ Team: "team", Unit: "location", "Hand hygiene": "item" });
  });

  it("reads 'House' beside 'Site' as the team", () => {
    const grid: CellValue[][] = [["Site", "House", "Hand hygiene"], ["North", "Rose", "Yes"], ["South", "Elm", "No"]];
    expect(roles(proposeColumnRoles(grid, 0))).toEqual({ Site: "location", House: "team", "Hand hygiene": "item" });
  });

  it("keeps 'Unit' as a team when a location column is already there", () => {
    const grid: CellValue[][] = [["Location", "Unit", "Team", "Hand hygiene"], ["North", "Oak", "Red", "Yes"], ["South", "Elm", "Blue", "No"]];
    const mapping = proposeColumnRoles(grid, 0);
    expect(roles(mapping)).toEqual({ Location: "location", Unit: "team", Team: "ignore", "Hand hygiene": "item" });
    expect(mapping[2].reason).toBe('A second column of teams; only column B "Unit" is compared by team. To compare by column C "Team" instead, choose it in the Source step.');
  });
});
