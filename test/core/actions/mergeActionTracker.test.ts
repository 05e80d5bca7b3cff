import { DEFAULT_OWNER_ROLES, mergeActionTracker, proposeActions, type ActionTrackerTable } from "../../../src/core/actions";
import type { WorkbookAnalysis } from "../../../src/core/compare/types";
import type { CellValue } from "../../../src/core/values";
import { asOf, careRecords, locations, workbookAnalysis } from "../sheets/fixtures/analyses";
import { asReadByExcelJs, asReadByOffice, contentOf, rowOfGroup, typeInto, valueOf } from "./trackerFixtures";

const day = 1;
const fortnight = 14;

function run(existing: CellValue[][], analysis: WorkbookAnalysis, on: number): ActionTrackerTable {
  return mergeActionTracker(existing, proposeActions({ ...analysis, asOf: on }, { asOf: on }), on);
}

const teamBStillBelow = () => workbookAnalysis(careRecords());

describe("mergeActionTracker", () => {
  it("matches its JSDoc example", () => {
    expect(mergeActionTracker([], { asOf: 46084, ownerRoles: DEFAULT_OWNER_ROLES, carriesPerEscalation: 2, actions: [], updates: [] }, 46084).header[0]).toBe("Action ID");
  });

  describe("a new tracker", () => {
    const table = run([], workbookAnalysis(), asOf);

    it("has our columns in order, the hidden key last", () => {
      expect(table.header).toEqual([
        "Action ID", "Audit", "Compared by", "Group", "Group status", "Concern", "Evidence", "Early warning signs", "Suggested action", "Owner role",
        "Review cadence", "Opened", "Due", "Next review", "Status", "Times carried forward", "Escalation level", "Notes", "Last updated", "Key",
      ]);
    });

    it("has one row per proposed action with its ID, dates and key", () => {
      expect(table.rows.map((r) => [valueOf(table, r, "Action ID"), valueOf(table, r, "Group"), valueOf(table, r, "Key")])).toEqual([
        ["ACT-001", "Team B", "care record audits | team | team b"],
        ["ACT-002", "=SUM(A1)", "care record audits | team | =sum(a1)"],
        ["ACT-003", "Hillview", "location recovery evidence | location | hillview"],
      ]);
      const teamB = rowOfGroup(table, "Team B");
      expect(valueOf(table, teamB, "Opened")).toEqual({ serialDate: asOf });
      expect(valueOf(table, teamB, "Due")).toEqual({ serialDate: asOf + fortnight });
      expect(valueOf(table, teamB, "Status")).toBe("Open");
      expect(valueOf(table, teamB, "Times carried forward")).toBe(0);
      expect(valueOf(table, teamB, "Escalation level")).toBe("None");
      expect(valueOf(table, teamB, "Notes")).toBeNull();
    });

    it("lists the actions for the summary", () => {
      expect(table.actions.map((a) => [a.actionId, a.group, a.status, a.key !== null])).toEqual([
        ["ACT-001", "Team B", "Open", true],
        ["ACT-002", "=SUM(A1)", "Open", true],
        ["ACT-003", "Hillview", "Open", true],
      ]);
    });
  });

  describe("re-running", () => {
    it("gives the same table on the same as-of date, whether ExcelJS or Office.js read it back", () => {
      const first = run([], workbookAnalysis(), asOf);
      expect(contentOf(run(asReadByExcelJs(first), workbookAnalysis(), asOf))).toEqual(contentOf(first));
      expect(contentOf(run(asReadByOffice(first), workbookAnalysis(), asOf))).toEqual(contentOf(first));
    });

    it("keeps what users typed and the columns they added, where they put them, and refreshes the evidence", () => {
      const sheet = asReadByExcelJs(run([], workbookAnalysis(), asOf));
      // The user adds "Evidence of completion" after "Status" and fills in Team B's row.
      const statusAt = sheet[0].indexOf("Status");
      sheet.forEach((row, index) => row.splice(statusAt + 1, 0, index === 0 ? "Evidence of completion" : null));
      typeInto(sheet, 0, "Suggested action", "Buddy Team B with Team A for two handovers a week");
      typeInto(sheet, 0, "Owner role", "Team B leader");
      typeInto(sheet, 0, "Due", "31/03/2026");
      typeInto(sheet, 0, "Status", "in progress");
      typeInto(sheet, 0, "Notes", "=Agreed at governance meeting");
      typeInto(sheet, 0, "Evidence of completion", "Handover notes audited 10/03");
      typeInto(sheet, 0, "Evidence", "typed over by a user");

      const later = asOf + 7 * day;
      const improved = workbookAnalysis(careRecords({ teamB: { mean: 0.84, reasons: ["Team B: 84% over 30 records, below the 90% target."] } }));
      const table = run(sheet, improved, later);
      const teamB = rowOfGroup(table, "Team B");
      expect(table.header.slice(statusAt, statusAt + 3)).toEqual(["Status", "Evidence of completion", "Times carried forward"]);
      expect(valueOf(table, teamB, "Suggested action")).toBe("Buddy Team B with Team A for two handovers a week");
      expect(valueOf(table, teamB, "Owner role")).toBe("Team B leader");
      expect(valueOf(table, teamB, "Due")).toEqual({ serialDate: 46112 });
      expect(valueOf(table, teamB, "Status")).toBe("in progress");
      expect(valueOf(table, teamB, "Notes")).toBe("=Agreed at governance meeting");
      expect(valueOf(table, teamB, "Evidence of completion")).toBe("Handover notes audited 10/03");
      expect(valueOf(table, teamB, "Evidence")).toMatch(/^84% over 24 records/);
      expect(valueOf(table, teamB, "Concern")).toBe("Team B is below the 90% target. 84% over 30 records, below the 90% target.");
      expect(valueOf(table, teamB, "Last updated")).toEqual({ serialDate: later });
      expect(valueOf(table, teamB, "Action ID")).toBe("ACT-001");
    });

    it("keeps the order the user sorted the rows into", () => {
      const sheet = asReadByExcelJs(run([], workbookAnalysis(), asOf));
      const [header, ...rows] = sheet;
      const table = run([header, ...rows.reverse()], workbookAnalysis(), asOf);
      expect(table.rows.map((r) => valueOf(table, r, "Action ID"))).toEqual(["ACT-003", "ACT-002", "ACT-001"]);
    });

    it("keeps rows users added by hand in place and numbers new actions after their IDs", () => {
      const sheet = asReadByExcelJs(run([], workbookAnalysis(careRecords()), asOf));
      const handRow: CellValue[] = sheet[0].map(() => null);
      handRow[0] = "ACT-010";
      handRow[sheet[0].indexOf("Suggested action")] = "Refresh MAR chart training for bank staff";
      handRow[sheet[0].indexOf("Status")] = "Open";
      sheet.splice(2, 0, handRow, sheet[0].map(() => null));
      const table = run(sheet, workbookAnalysis(), asOf);
      expect(table.rows.map((r) => valueOf(table, r, "Action ID"))).toEqual(["ACT-001", "ACT-010", "ACT-002", "ACT-011"]);
      expect(table.rows[1]).toEqual(handRow);
      expect(table.actions[1]).toMatchObject({ key: null, actionId: "ACT-010", action: "Refresh MAR chart training for bank staff" });
    });

    it("leaves a row whose group is no longer in the analysis exactly as it was", () => {
      const first = run([], workbookAnalysis(), asOf);
      const table = run(asReadByExcelJs(first), workbookAnalysis(careRecords()), asOf + 30);
      expect(rowOfGroup(table, "Hillview")).toEqual(rowOfGroup(first, "Hillview"));
    });

    it("keeps rows above the header and drops blank rows", () => {
      const sheet = asReadByExcelJs(run([], workbookAnalysis(careRecords()), asOf));
      const table = run([["Agreed at the governance meeting, 02/03/2026"], [null, ""], ...sheet, [], [null, "  "]], workbookAnalysis(careRecords()), asOf);
      expect(table.preamble).toEqual([["Agreed at the governance meeting, 02/03/2026"]]);
      expect(table.rows).toHaveLength(2);
    });

    it("finds columns by heading, whatever their order, and adds any of ours that are missing at the end", () => {
      const sheet = asReadByExcelJs(run([], workbookAnalysis(careRecords()), asOf));
      const notesAt = sheet[0].indexOf("Notes");
      for (const row of sheet) row.splice(notesAt, 1);
      const [header, ...rows] = sheet;
      const swapped = [header, ...rows].map((row) => [row[3], row[0], row[1], row[2], ...row.slice(4)]);
      const table = run(swapped, workbookAnalysis(careRecords()), asOf);
      expect(table.header.slice(0, 2)).toEqual(["Group", "Action ID"]);
      expect(table.header[table.header.length - 1]).toBe("Notes");
      expect(table.rows.map((r) => valueOf(table, r, "Action ID"))).toEqual(["ACT-001", "ACT-002"]);
    });
  });

  describe("carry-forward and escalation", () => {
    it("carries an overdue action forward while its group is still flagged, moving the due date on by the cadence", () => {
      const first = run([], teamBStillBelow(), asOf);
      const onDue = run(asReadByExcelJs(first), teamBStillBelow(), asOf + fortnight);
      expect(valueOf(onDue, rowOfGroup(onDue, "Team B"), "Times carried forward")).toBe(0);

      const lateBy6Days = asOf + 20;
      const carried = run(asReadByExcelJs(first), teamBStillBelow(), lateBy6Days);
      const teamB = rowOfGroup(carried, "Team B");
      expect(valueOf(carried, teamB, "Times carried forward")).toBe(1);
      expect(valueOf(carried, teamB, "Due")).toEqual({ serialDate: asOf + 2 * fortnight });
      expect(valueOf(carried, teamB, "Next review")).toEqual({ serialDate: asOf + 2 * fortnight });
      expect(valueOf(carried, teamB, "Escalation level")).toBe("None");
      expect(valueOf(carried, teamB, "Early warning signs")).toMatch(/Action carried forward 1 time\.$/);
      expect(run(asReadByOffice(carried), teamBStillBelow(), lateBy6Days)).toEqual(carried);
    });

    it("escalates to the registered manager after two carries and to provider oversight after four, and never back", () => {
      let table = run([], teamBStillBelow(), asOf);
      const levels: [number, unknown, unknown][] = [];
      for (const on of [asOf + 20, asOf + 35, asOf + 50, asOf + 64]) {
        table = run(asReadByExcelJs(table), teamBStillBelow(), on);
        const teamB = rowOfGroup(table, "Team B");
        levels.push([on - asOf, valueOf(table, teamB, "Times carried forward"), valueOf(table, teamB, "Escalation level")]);
      }
      expect(levels).toEqual([
        [20, 1, "None"],
        [35, 2, "Registered manager"],
        [50, 3, "Registered manager"],
        [64, 4, "Provider oversight (nominated individual)"],
      ]);
    });

    it("counts one carry per run, however late the run, and keeps a higher escalation a user set", () => {
      const sheet = asReadByExcelJs(run([], teamBStillBelow(), asOf));
      typeInto(sheet, 0, "Escalation level", "Provider oversight (nominated individual)");
      const table = run(sheet, teamBStillBelow(), asOf + 90);
      const teamB = rowOfGroup(table, "Team B");
      expect(valueOf(table, teamB, "Times carried forward")).toBe(1);
      expect(valueOf(table, teamB, "Due")).toEqual({ serialDate: asOf + 7 * fortnight });
      expect(valueOf(table, teamB, "Escalation level")).toBe("Provider oversight (nominated individual)");
    });

    it("does not carry forward an action whose group no longer needs action, nor one without a due date", () => {
      const sheet = asReadByExcelJs(run([], workbookAnalysis(careRecords()), asOf));
      typeInto(sheet, 1, "Due", null);
      const recovered = workbookAnalysis(careRecords({ teamB: { status: "improving", recentPeriodsMeetingTarget: 1 } }));
      const table = run(sheet, recovered, asOf + 30);
      expect(valueOf(table, rowOfGroup(table, "Team B"), "Times carried forward")).toBe(0);
      expect(valueOf(table, rowOfGroup(table, "Team B"), "Group status")).toBe("Improving");
      expect(valueOf(table, rowOfGroup(table, "=SUM(A1)"), "Times carried forward")).toBe(0);
    });
  });

  describe("closing", () => {
    it("suggests Ready to close once the group has met the target for the periods needed, and never closes", () => {
      const sheet = asReadByExcelJs(run([], teamBStillBelow(), asOf));
      typeInto(sheet, 0, "Status", "In progress");
      const met = workbookAnalysis(careRecords({ teamB: { status: "embedded", recentPeriodsMeetingTarget: 3 } }));
      const table = run(sheet, met, asOf + 40);
      const teamB = rowOfGroup(table, "Team B");
      expect(valueOf(table, teamB, "Status")).toBe("Ready to close");
      expect(valueOf(table, teamB, "Times carried forward")).toBe(0);
      expect(run(asReadByExcelJs(table), met, asOf + 80).rows.map((r) => valueOf(table, r, "Status"))).not.toContain("Closed");
    });

    it("leaves a status the user invented, and says the group is ready to close", () => {
      const sheet = asReadByExcelJs(run([], teamBStillBelow(), asOf));
      typeInto(sheet, 0, "Status", "On hold");
      const met = workbookAnalysis(careRecords({ teamB: { status: "embedded", recentPeriodsMeetingTarget: 3 } }));
      const table = run(sheet, met, asOf + 40);
      expect(valueOf(table, rowOfGroup(table, "Team B"), "Status")).toBe("On hold");
      expect(valueOf(table, rowOfGroup(table, "Team B"), "Early warning signs")).toMatch(/ready to close\.$/);
    });

    it("keeps Ready to close when the group slips back, and warns in the early warning signs", () => {
      const sheet = asReadByExcelJs(run([], teamBStillBelow(), asOf));
      typeInto(sheet, 0, "Status", "Ready to close");
      const table = run(sheet, teamBStillBelow(), asOf + 40);
      const teamB = rowOfGroup(table, "Team B");
      expect(valueOf(table, teamB, "Status")).toBe("Ready to close");
      expect(valueOf(table, teamB, "Times carried forward")).toBe(0);
      expect(valueOf(table, teamB, "Early warning signs")).toMatch(/Marked ready to close, but the latest evidence still needs action\.$/);
    });

    it("never reopens a row the user closed; a group still flagged gets a follow-on action, once", () => {
      const sheet = asReadByExcelJs(run([], teamBStillBelow(), asOf));
      typeInto(sheet, 0, "Status", "Closed");
      const closedRow = [...sheet[1]];
      const later = asOf + 40;
      const table = run(sheet, teamBStillBelow(), later);
      expect(table.rows[0]).toEqual(closedRow.map((v) => (v instanceof Date ? { serialDate: (v.getTime() - Date.UTC(1899, 11, 30)) / 86400000 } : v)));
      const followOn = table.rows[table.rows.length - 1];
      expect(valueOf(table, followOn, "Action ID")).toBe("ACT-003");
      expect(valueOf(table, followOn, "Group")).toBe("Team B");
      expect(valueOf(table, followOn, "Key")).toBe("care record audits | team | team b | follow-on 2");
      expect(valueOf(table, followOn, "Notes")).toBe("Follows ACT-001, closed while the concern remained.");
      expect(valueOf(table, followOn, "Opened")).toEqual({ serialDate: later });
      const again = run(asReadByExcelJs(table), teamBStillBelow(), later);
      expect(contentOf(again)).toEqual(contentOf(table));
      expect(again.actions.filter((a) => a.group === "Team B").map((a) => a.status)).toEqual(["Closed", "Open"]);
    });

    it("does not add a follow-on for a closed action whose group no longer needs action", () => {
      const sheet = asReadByExcelJs(run([], teamBStillBelow(), asOf));
      typeInto(sheet, 0, "Status", "closed");
      const table = run(sheet, workbookAnalysis(careRecords({ teamB: { status: "improving" } })), asOf + 40);
      expect(table.rows.filter((r) => valueOf(table, r, "Group") === "Team B")).toHaveLength(1);
    });
  });

  it("treats a copied row as the user's and leaves it alone", () => {
    const sheet = asReadByExcelJs(run([], workbookAnalysis(careRecords()), asOf));
    sheet.push([...sheet[1]]);
    const table = run(sheet, workbookAnalysis(careRecords()), asOf + 20);
    const teamBRows = table.rows.filter((r) => valueOf(table, r, "Group") === "Team B");
    expect(teamBRows.map((r) => valueOf(table, r, "Times carried forward"))).toEqual([1, 0]);
  });

  it("keeps the user's tracker when it has no header at all, and adds ours beside it", () => {
    const table = run([["Chase agency induction records", "Open"]], workbookAnalysis(locations()), asOf);
    expect(table.header.slice(0, 3)).toEqual(["", "", "Action ID"]);
    expect(table.rows[0].slice(0, 2)).toEqual(["Chase agency induction records", "Open"]);
    expect(table.rows).toHaveLength(2);
  });
});
