import { mergeActionTracker, proposeActions } from "../../../src/core/actions";
import { buildActionTrackerSheet } from "../../../src/core/sheets";
import { asOf, workbookAnalysis } from "./fixtures/analyses";
import { cellAt, findCell } from "./fixtures/modelQueries";

describe("buildActionTrackerSheet", () => {
  it("matches its JSDoc example", () => {
    const model = buildActionTrackerSheet({ preamble: [], header: ["Action ID", "Status"], rows: [["ACT-001", "Open"]], actions: [] });
    expect(model.validations[0].values).toEqual(["Open", "In progress", "Ready to close", "Closed"]);
  });

  const table = mergeActionTracker([], proposeActions(workbookAnalysis(), { asOf }), asOf);
  const model = buildActionTrackerSheet(table);

  it("writes the header in row 1 and one row per action, as a filterable table with the header frozen", () => {
    expect(model.cells[0].map((c) => c?.value)).toEqual(table.header);
    expect(model.cells).toHaveLength(4);
    expect(model.tables).toEqual([{ name: "CQC_ActionTracker", range: { top: 1, left: 1, bottom: 4, right: 20 }, showFilterButtons: true, style: "TableStyleLight9", showRowStripes: true }]);
    expect(model.frozen).toEqual({ rows: 1, columns: 1 });
  });

  it("gives the status column a dropdown that reaches spare rows", () => {
    expect(model.validations).toEqual([
      { range: { top: 2, left: 15, bottom: 204, right: 15 }, values: ["Open", "In progress", "Ready to close", "Closed"], allowBlank: true, errorMessage: "Choose one of: Open, In progress, Ready to close, Closed." },
    ]);
  });

  it("formats dates as dd/mm/yyyy and hides the key column", () => {
    expect(cellAt(model, 2, 12)).toEqual({ value: { serialDate: asOf }, style: expect.objectContaining({ numberFormat: "dd/mm/yyyy" }) });
    expect(model.columns.find((c) => c.column === 20)).toEqual({ column: 20, width: 30, hidden: true });
  });

  it("highlights overdue due dates live, carry-forward and escalation", () => {
    const due = model.conditionalFormats.find((f) => f.range.left === 13);
    expect(due?.rules[0]).toMatchObject({ kind: "expression", formula: 'AND(ISNUMBER($M2),$M2<TODAY(),$O2<>"Closed")' });
    expect(model.conditionalFormats.find((f) => f.range.left === 16)?.rules[0]).toMatchObject({ operator: "greaterThanOrEqual", formulae: ["2"] });
    expect(model.conditionalFormats.find((f) => f.range.left === 17)?.rules[0]).toMatchObject({ formula: 'AND($Q2<>"",$Q2<>"None")' });
  });

  it("keeps a formula-looking group name as text", () => {
    expect(findCell(model, "=SUM(A1)")?.cell.style?.numberFormat).toBe("@");
  });

  it("writes rows kept above the header first, and leaves out the table when a heading is blank or repeated", () => {
    const withPreamble = buildActionTrackerSheet({ ...table, preamble: [["Agreed 02/03/2026"]], header: [...table.header, ""], rows: table.rows.map((r) => [...r, "x"]) });
    expect(withPreamble.cells[0][0]?.value).toBe("Agreed 02/03/2026");
    expect(withPreamble.frozen.rows).toBe(2);
    expect(withPreamble.tables).toEqual([]);
    expect(withPreamble.validations[0].range.top).toBe(3);
  });
});
