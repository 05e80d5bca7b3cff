import { findHeaderRow, looksLikeAuditData, proposeColumnRoles } from "../../../src/core/audit";
import { recogniseNonAuditSheet } from "../../../src/core/audit/recogniseNonAuditSheet";
import type { CellValue } from "../../../src/core/values";
import { nonAuditGrids, oneSheetPerTeamGrids, partialAnswerGrids } from "../../../scripts/fixtures/layoutFixtures";

function recognise(values: CellValue[][]) {
  const header = findHeaderRow(values) ?? 0;
  return recogniseNonAuditSheet(values, header, proposeColumnRoles(values, header));
}

describe("recogniseNonAuditSheet", () => {
  it("matches its JSDoc example", () => {
    expect(recogniseNonAuditSheet([["Answer"], ["Yes"], ["No"], ["N/A"]], 0, [{ index: 0, header: "Answer", role: "item", confidence: 1, reason: "" }])?.kind).toBe("lookup");
  });

  // scripts/fixtures/layoutFixtures.ts nonAuditGrids: one sheet of each kind, in this order.
  it("recognises the lookup, rota, training matrix, meeting log and read-me beside the audits", () => {
    expect(nonAuditGrids().map((grid) => recognise(grid.values)?.kind)).toEqual(["lookup", "rota", "training matrix", "meeting log", "read-me"]);
  });

  it("says a rota's N is a night, not a No", () => {
    expect(recognise(nonAuditGrids()[1].values)?.reason).toContain('a shift code "N" is a night, not a "No"');
  });

  it("leaves a dated audit of a few records alone, even when no answer repeats", () => {
    expect(recognise([["Date", "Q1", "Q2"], [46027, "Yes", "No"], [46028, "No", "Yes"], [46029, "N/A", "Partial"]])).toBeNull();
    expect(recognise([["Team", "Q1"], ["Team A", "Yes"], ["Team B", "No"]])).toBeNull();
  });

  it("leaves audits alone", () => {
    for (const grid of [...oneSheetPerTeamGrids().slice(0, 3), ...partialAnswerGrids()]) expect(recognise(grid.values)).toBeNull();
  });

  it("keeps every non-audit sheet from being proposed, with its reason", () => {
    for (const grid of nonAuditGrids()) {
      const likelihood = looksLikeAuditData(grid.values);
      expect([grid.sheet, likelihood.suggested]).toEqual([grid.sheet, false]);
      expect(likelihood.reason).toMatch(/not audit results/);
    }
  });
});
