/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { oneSheetPerTeamGrids } from "../../scripts/fixtures/layoutFixtures";
import { analyseWithDefaults, renderApp } from "./renderApp";

// scripts/fixtures/layoutFixtures.ts: three sheets with the same columns, one per team, and a lookup sheet.
describe("ReadingChoices", () => {
  it("offers sheets with the same columns as one audit with the sheet name as the team, and analyses them so", async () => {
    const { user } = await renderApp({ grids: oneSheetPerTeamGrids() });
    const offer = screen.getByRole("checkbox", { name: "Read Team A, Team B and Team C as one audit, with the sheet name as a team" });
    expect((offer as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole("checkbox", { name: "Lookups" }) as HTMLInputElement).checked).toBe(false);
    await user.click(offer);
    expect((screen.getByRole("radio", { name: "not met" }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole("radio", { name: "left out, like N/A" }));
    await analyseWithDefaults(user);
    expect(screen.getAllByText(/Team A, Team B and Team C/).length).toBeGreaterThan(0);
    // Each sheet's 36 records, and where its team came from, under the results.
    expect(screen.getByText(/Team A: 36 rows read: 36 used, 0 left out\. Groups from the sheet name "Team A", as a team \(3 sheets with the same columns\)\./)).toBeTruthy();
  });
});
