import { buildOutputSheets, type OutputSheets } from "../../../../src/core/sheets";
import { ownedBlocks } from "../../../../src/core/sheets/ownership/ownedBlocks";
import { ownershipNames } from "../../../../src/core/sheets/ownership/ownershipNames";
import type { SheetWritePlan } from "../../../../src/core/sheets/ownership/sheetWritePlan";
import type { DefinedNameEntry } from "../../../../src/core/sheets/addinMarker";
import type { ExistingSheetInfo } from "../../../../src/core/sheets/existingSheetInfo";
import { SHEET_ROLES } from "../../../../src/core/sheets/sheetRoles";
import type { WorkbookAnalysis } from "../../../../src/core/compare/types";
import type { CellValue } from "../../../../src/core/values";
import { asOf, careRecords, locations, workbookAnalysis } from "../fixtures/analyses";

/**
 * A workbook as small as the plans need: sheets of values (Office.js-style: dates as serial numbers)
 * and defined names. `apply` carries out plans the way both adapters must: create writes the model,
 * refresh empties `clear` and makes `writes`, and nothing else of the sheet changes.
 */
class TinyWorkbook {
  sheets = new Map<string, Map<string, CellValue>>();
  names = new Map<string, string>();

  static key(row: number, column: number): string {
    return `${row},${column}`;
  }

  get(sheet: string, row: number, column: number): CellValue {
    return this.sheets.get(sheet)?.get(TinyWorkbook.key(row, column)) ?? null;
  }

  set(sheet: string, row: number, column: number, value: CellValue): void {
    if (!this.sheets.has(sheet)) this.sheets.set(sheet, new Map());
    const cells = this.sheets.get(sheet) as Map<string, CellValue>;
    if (value === null || value === "") cells.delete(TinyWorkbook.key(row, column));
    else cells.set(TinyWorkbook.key(row, column), value);
  }

  values(sheet: string): CellValue[][] {
    const cells = this.sheets.get(sheet) ?? new Map<string, CellValue>();
    const keys = [...cells.keys()].map((key) => key.split(",").map(Number));
    const rows = Math.max(0, ...keys.map(([row]) => row));
    const columns = Math.max(0, ...keys.map(([, column]) => column));
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => this.get(sheet, r + 1, c + 1)));
  }

  existingSheets(): ExistingSheetInfo[] {
    return [...this.sheets.keys()].map((name) => {
      const role = SHEET_ROLES.find((candidate) => this.names.get(`CQCRecovery_${candidate.replace(/-/g, "_")}`)?.includes(`'${name}'`)) ?? null;
      return { name, ownedByAddin: role !== null, role, protected: false };
    });
  }

  ownNames(): DefinedNameEntry[] {
    return [...this.names].map(([name, refersTo]) => ({ name, refersTo }));
  }

  apply(plans: readonly SheetWritePlan[]): void {
    for (const plan of plans) {
      const sheet = plan.model.name;
      const toCell = (value: unknown): CellValue => (value !== null && typeof value === "object" && "serialDate" in value ? (value as { serialDate: number }).serialDate : (value as CellValue));
      if (plan.kind === "create") {
        plan.model.cells.forEach((row, r) => row.forEach((cell, c) => cell !== null && this.set(sheet, r + 1, c + 1, toCell(cell.value))));
      } else {
        for (const range of plan.clear) {
          for (const key of [...(this.sheets.get(sheet)?.keys() ?? [])]) {
            const [row, column] = key.split(",").map(Number);
            if (row >= range.top && row <= range.bottom && column >= range.left && column <= range.right) this.set(sheet, row, column, null);
          }
        }
        for (const write of plan.writes) this.set(sheet, write.row, write.column, toCell(write.value));
      }
      for (const name of plan.staleNames) this.names.delete(name);
      for (const entry of plan.names) this.names.set(entry.name, entry.refersTo);
    }
  }

  run(analysis: WorkbookAnalysis): OutputSheets {
    const existingSheets = this.existingSheets();
    const tracker = existingSheets.find((sheet) => sheet.role === "action-tracker");
    const outputs = buildOutputSheets(analysis, { existingSheets, existingActionTracker: tracker === undefined ? null : this.values(tracker.name), ownNames: this.ownNames() });
    this.apply(outputs.plans);
    return outputs;
  }

  /** Where a heading sits in the tracker's header row (row 1 here). */
  column(sheet: string, heading: string): number {
    const header = this.values(sheet)[0];
    const index = header.indexOf(heading);
    if (index < 0) throw new Error(`No heading "${heading}"`);
    return index + 1;
  }

  rowOfGroup(sheet: string, group: string, groupColumn = this.column(sheet, "Group")): number {
    const index = this.values(sheet).findIndex((row) => row[groupColumn - 1] === group);
    if (index < 0) throw new Error(`No row for ${group}`);
    return index + 1;
  }
}

const tracker = "Action Tracker";
const later = asOf + 28;

describe("planSheetWrites", () => {
  it("creates every sheet on the first run and records its blocks, the tracker's columns and the actions issued", () => {
    const book = new TinyWorkbook();
    const outputs = book.run(workbookAnalysis());
    expect(outputs.plans.map((plan) => plan.kind)).toEqual(["create", "create", "create", "create"]);
    const record = ownershipNames.read(book.ownNames(), SHEET_ROLES);
    expect(record.blocks["team-comparison"]).toEqual(ownedBlocks(outputs.models[0]));
    expect(record.trackerColumns.get("status")).toEqual({ column: 15, row: 1 });
    // careRecords() and locations() flag Team B, "=SUM(A1)" and Hillview (fixtures/analyses.ts): three actions.
    expect(record.issuedDigests.size).toBe(3);
  });

  it("refreshes in place: a user's formula, extra column and own row get no write; unchanged cells of ours get none either", () => {
    const book = new TinyWorkbook();
    book.run(workbookAnalysis());
    const notesColumn = 30;
    book.set(tracker, 1, notesColumn, "Manager's comments");
    book.set(tracker, 2, notesColumn, "Discussed at the team meeting");
    book.set(tracker, 10, 1, "My own row");
    const outputs = book.run(workbookAnalysis());
    const plan = outputs.plans[1];
    expect(plan.kind).toBe("refresh");
    if (plan.kind !== "refresh") return;
    expect(plan.clear).toEqual([]);
    expect(plan.writes.filter((write) => write.column === notesColumn || write.row === 10)).toEqual([]);
    // Same analysis, same as-of date: the merge changes nothing, so nothing is written.
    expect(plan.writes).toEqual([]);
    expect(book.get(tracker, 2, notesColumn)).toBe("Discussed at the team meeting");
    expect(book.get(tracker, 10, 1)).toBe("My own row");
  });

  it("keeps what users typed in our columns and writes only the cells the merge changed", () => {
    const book = new TinyWorkbook();
    book.run(workbookAnalysis());
    const ownerColumn = book.column(tracker, "Owner role");
    const teamB = book.rowOfGroup(tracker, "Team B");
    book.set(tracker, teamB, ownerColumn, "Deputy manager (Sam)");
    const outputs = book.run(workbookAnalysis(careRecords(), locations()));
    const plan = outputs.plans[1];
    if (plan.kind !== "refresh") throw new Error("expected a refresh");
    expect(plan.writes.some((write) => write.row === teamB && write.column === ownerColumn)).toBe(false);
    expect(book.get(tracker, teamB, ownerColumn)).toBe("Deputy manager (Sam)");
  });

  it("finds a renamed and moved column of ours by its name and writes into it there", () => {
    const book = new TinyWorkbook();
    book.run(workbookAnalysis());
    // The user renames "Last updated" (column S, 19) and Excel keeps the name on its header cell.
    const lastUpdated = book.column(tracker, "Last updated");
    book.set(tracker, 1, lastUpdated, "Refreshed on");
    book.run({ ...workbookAnalysis(), asOf: later });
    const teamB = book.rowOfGroup(tracker, "Team B");
    expect(book.get(tracker, teamB, lastUpdated)).toBe(later);
    expect(book.values(tracker)[0].filter((heading) => heading === "Last updated")).toEqual([]);
  });

  it("does not bring back an action whose row the user deleted while its group still needs action", () => {
    const book = new TinyWorkbook();
    book.run(workbookAnalysis());
    const hillview = book.rowOfGroup(tracker, "Hillview");
    // Delete the row as Excel does: the rows below move up.
    const rows = book.values(tracker);
    rows.splice(hillview - 1, 1);
    book.sheets.set(tracker, new Map());
    rows.forEach((row, r) => row.forEach((value, c) => book.set(tracker, r + 1, c + 1, value)));
    const outputs = book.run({ ...workbookAnalysis(), asOf: later });
    expect(outputs.tracker.dismissedKeys).toEqual(["location recovery evidence | location | hillview"]);
    expect(() => book.rowOfGroup(tracker, "Hillview")).toThrow();
    // Still recorded as issued, so a third run does not bring it back either.
    book.run({ ...workbookAnalysis(), asOf: later + 7 });
    expect(() => book.rowOfGroup(tracker, "Hillview")).toThrow();
  });

  it("adds a new group's action below the last row in use, never over a user's row", () => {
    const book = new TinyWorkbook();
    book.run(workbookAnalysis(careRecords()));
    const lastRow = book.values(tracker).length;
    book.set(tracker, lastRow + 2, 1, "A row I added, after a blank one");
    book.run(workbookAnalysis(careRecords(), locations()));
    expect(book.get(tracker, lastRow + 2, 1)).toBe("A row I added, after a blank one");
    expect(book.rowOfGroup(tracker, "Hillview")).toBe(lastRow + 3);
  });

  it("on other sheets empties only last run's blocks, so a note typed beside them survives", () => {
    const book = new TinyWorkbook();
    const first = book.run(workbookAnalysis());
    const summary = first.models[3].name;
    const widest = Math.max(...ownedBlocks(first.models[3]).map((block) => block.right));
    book.set(summary, 2, widest + 2, "Checked by the registered manager");
    book.run({ ...workbookAnalysis(), asOf: later });
    expect(book.get(summary, 2, widest + 2)).toBe("Checked by the registered manager");
  });
});

describe("ownershipNames", () => {
  it("matches its JSDoc example", () => {
    expect(ownershipNames.blocks("team-comparison", "Team Comparison Tracker", [{ top: 1, left: 1, bottom: 4, right: 3 }])).toEqual({
      name: "CQCRecovery_team_comparison_blocks",
      refersTo: "'Team Comparison Tracker'!$A$1:$C$4",
    });
  });

  it("reads back several blocks, as Excel writes them with a leading =, and ignores a name whose cells were deleted", () => {
    const record = ownershipNames.read(
      [
        { name: "CQCRecovery_assurance_summary_blocks", refersTo: "='Assurance Summary'!$A$1:$B$3,'Assurance Summary'!$A$5:$F$9" },
        { name: "CQCRecovery_location_dashboard_blocks", refersTo: "=#REF!" },
        { name: "CQCRecovery_col_status", refersTo: "='Action Tracker'!$Q$2" },
      ],
      SHEET_ROLES,
    );
    expect(record.blocks["assurance-summary"]).toEqual([
      { top: 1, left: 1, bottom: 3, right: 2 },
      { top: 5, left: 1, bottom: 9, right: 6 },
    ]);
    expect(record.blocks["location-dashboard"]).toBeUndefined();
    expect(record.trackerColumns.get("status")).toEqual({ column: 17, row: 2 });
  });
});

describe("ownedBlocks", () => {
  it("matches its JSDoc example", () => {
    expect(ownedBlocks({ cells: [[{ value: "Title" }], [], [{ value: "a" }, { value: 1 }]], merges: [], tables: [], conditionalFormats: [] })).toEqual([
      { top: 1, left: 1, bottom: 1, right: 1 },
      { top: 3, left: 1, bottom: 3, right: 2 },
    ]);
  });
});
