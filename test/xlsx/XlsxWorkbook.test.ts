import { readFileSync } from "node:fs";
import { buildOutputSheets, createPlans } from "../../src/core/sheets";
import { WorkbookFileError, XlsxWorkbook } from "../../src/xlsx";
import { workbookAnalysis } from "../core/sheets/fixtures/analyses";
import { makeAuditWorkbook } from "./fixtures/makeAuditWorkbook";
import { useTempDir } from "./fixtures/tempDir";

describe("XlsxWorkbook", () => {
  const dir = useTempDir();

  async function bookWithOurSheets(): Promise<XlsxWorkbook> {
    const file = await makeAuditWorkbook(dir());
    const book = await XlsxWorkbook.fromBytes(new Uint8Array(readFileSync(file)), "audits.xlsx");
    const { plans } = buildOutputSheets(workbookAnalysis(), { existingSheets: await book.listSheets(), existingActionTracker: null });
    await book.writeSheets(plans);
    return XlsxWorkbook.fromBytes(await book.toBytes(), "audits.xlsx");
  }

  it("lists sheets with our markers and protection", async () => {
    const book = await bookWithOurSheets();
    expect((await book.listSheets()).map((s) => `${s.name}:${s.ownedByAddin ? s.role : "user"}`)).toEqual([
      "Care record audits:user",
      "Notes:user",
      "Team Comparison Tracker:team-comparison",
      "Action Tracker:action-tracker",
      "Location Assurance Dashboard:location-dashboard",
      "Assurance Summary:assurance-summary",
    ]);
  });

  it("reads grids from the first used cell, formulas by their results, rich text and links by their text, merged cells once", async () => {
    const book = await bookWithOurSheets();
    const [audits, notes] = await book.readGrids(["Care record audits", "Notes", "No such sheet"]);
    expect([audits.firstRow, audits.firstColumn, audits.values[2]]).toEqual([1, 1, ["Audit date", "Team", "Score"]]);
    expect(audits.values[3]).toEqual([new Date(Date.UTC(2026, 0, 5)), "Team A", 90]);
    expect(notes.values).toEqual([
      ["Item", "Value"],
      ["Total audits", 48],
      ["Average", 0.86],
      ["Reviewed", new Date(Date.UTC(2026, 1, 27))],
      ["=not a formula", null],
      ["Bold and plain", null],
      ["CQC", null],
      ["Merged", null],
      ["Highlighted", null],
    ]);
    expect(notes.file).toBe("audits.xlsx");
  });

  it("reads back our own Action Tracker from A1, and nothing for a user's sheet", async () => {
    const book = await bookWithOurSheets();
    const tracker = await book.readOwnSheet("action tracker");
    expect(tracker?.[0].slice(0, 2)).toEqual(["Action ID", "Audit"]);
    expect(tracker?.[1][0]).toBe("ACT-001");
    expect(await book.readOwnSheet("Notes")).toBeNull();
  });

  it("refuses to write over a user's sheet of the same name and leaves the workbook unchanged", async () => {
    const book = await bookWithOurSheets();
    const { models } = buildOutputSheets(workbookAnalysis(), { existingSheets: [], existingActionTracker: null });
    const clashing = createPlans([{ ...models[0], name: "Notes" }]);
    await expect(book.writeSheets(clashing)).rejects.toThrow(new WorkbookFileError("name-clash", 'audits.xlsx already has a sheet called "Notes" that the add-in did not write, so it was left alone and nothing was written.'));
    expect(await book.listSheets()).toHaveLength(6);
  });

  it("says a damaged file could not be opened", async () => {
    await expect(XlsxWorkbook.fromBytes(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), "broken.xlsx")).rejects.toMatchObject({ problem: "damaged", message: expect.stringMatching(/^broken\.xlsx could not be opened as an Excel workbook/) });
  });
});
