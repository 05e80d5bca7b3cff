/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { auditGrid, notesGrid } from "./fixtures/auditGrid";
import { analyseWithDefaults, renderApp } from "./renderApp";

describe("SourceStep", () => {
  it("lists the sheets with their sizes and ticks the one that looks like audit data", async () => {
    await renderApp({ grids: [notesGrid(), auditGrid()] });
    const list = screen.getByRole("list", { name: "Sheets and tables" });
    const audits = within(list).getByRole("checkbox", { name: "Care record audits" });
    const notes = within(list).getByRole("checkbox", { name: "Read me" });
    expect((audits as HTMLInputElement).checked).toBe(true);
    expect((notes as HTMLInputElement).checked).toBe(false);
    expect(within(list).getByText("Looks like audit data")).toBeTruthy();
    expect(within(list).getByText(/Sheet, 83 rows × 6 columns/)).toBeTruthy();
  });

  it("shows the proposed role of each column and a preview of the first rows", async () => {
    const { user } = await renderApp({ grids: [auditGrid()] });
    await user.click(screen.getByRole("button", { name: /Care record audits: 6 columns/ }));
    const roles = screen.getByRole("list", { name: "Column roles for Care record audits" });
    expect((within(roles).getByRole("combobox", { name: /Column B: Team/ }) as HTMLButtonElement).textContent).toContain("Team");
    expect((within(roles).getByRole("combobox", { name: /Column D: Plan current/ }) as HTMLButtonElement).textContent).toContain("Yes/No question");
    const preview = screen.getByRole("table", { name: "First rows of Care record audits" });
    expect(within(preview).getAllByRole("row")).toHaveLength(7);
    expect(within(preview).getAllByText("05/01/2026").length).toBeGreaterThan(0);
  });

  it("lets the user correct a column's role, and saves the correction with the settings", async () => {
    const { user, record } = await renderApp({ grids: [auditGrid()] });
    await user.click(screen.getByRole("button", { name: /Care record audits: 6 columns/ }));
    await user.click(screen.getByRole("combobox", { name: /Column C: Shift/ }));
    await user.click(screen.getByRole("option", { name: "Not used" }));
    expect(screen.getByRole("combobox", { name: /Column C: Shift/ }).textContent).toContain("Not used");
    await analyseWithDefaults(user);
    const saved = record.savedChoices[0] as { mappings: Record<string, { index: number; role: string }[]> };
    expect(saved.mappings["Care record audits"].find((entry) => entry.index === 2)?.role).toBe("ignore");
    expect(screen.queryByRole("heading", { name: /By shift/ })).toBeNull();
  });

  it("moves the focus to the next step's heading", async () => {
    const { user } = await renderApp({ grids: [auditGrid()] });
    await user.click(screen.getByRole("button", { name: "Next: settings" }));
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Settings" }));
  });

  it("is reached with the keyboard alone", async () => {
    const { user } = await renderApp({ grids: [auditGrid()] });
    screen.getByRole("tab", { name: "2 Settings" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("heading", { name: "Settings" })).toBeTruthy();
  });

  it("cannot go on until a sheet is chosen", async () => {
    const { user } = await renderApp({ grids: [auditGrid()] });
    await user.click(screen.getByRole("checkbox", { name: "Care record audits" }));
    expect((screen.getByRole("button", { name: "Next: settings" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
