/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { auditGrid, notesGrid, tableOnSheetGrids } from "./fixtures/auditGrid";
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

  it("shows each column's proposed role beside its first records, one column to a line", async () => {
    const { user } = await renderApp({ grids: [auditGrid()] });
    await user.click(screen.getByRole("button", { name: /Care record audits: 6 columns/ }));
    const columns = screen.getByRole("list", { name: "Columns of Care record audits, with their first records" });
    expect(within(columns).getAllByRole("listitem")).toHaveLength(6);
    expect((within(columns).getByRole("combobox", { name: /Column B: Team/ }) as HTMLButtonElement).textContent).toContain("Team");
    expect((within(columns).getByRole("combobox", { name: /Column D: Plan current/ }) as HTMLButtonElement).textContent).toContain("Yes/No question");
    // The fixture's first two records: Monday 05/01/2026 (serial 46027) for Team A, then 06/01/2026 for Team C.
    expect(within(columns).getByText("First records: 05/01/2026 · 06/01/2026")).toBeTruthy();
    expect(within(columns).getByText("First records: Team A · Team C")).toBeTruthy();
  });

  it("calls a column of units side by side one unit's answers, not a Yes/No question of its own", async () => {
    // One row per question, one column per unit, as the README's "Groups side by side" layout.
    const values = [
      ["Question", "Oak Unit", "Elm Unit", "Ash Unit"],
      ["Care plan signed", "Yes", "No", "Yes"],
      ["Risk assessment current", "Yes", "Yes", "No"],
      ["Consent recorded", "No", "Yes", "Yes"],
    ];
    const { user } = await renderApp({ grids: [{ sheet: "Unit audit", table: null, firstRow: 1, firstColumn: 1, values, file: null }] });
    await user.click(screen.getByRole("button", { name: /Unit audit: 4 columns/ }));
    const columns = screen.getByRole("list", { name: "Columns of Unit audit, with their first records" });
    const elm = within(columns).getByRole("combobox", { name: /Column C: Elm Unit/ });
    expect(elm.textContent).toContain("Answers of one team");
    expect(elm.textContent).not.toContain("Yes/No question");
    expect(within(columns).getByText('One of 3 teams side by side ("Oak Unit", "Elm Unit", "Ash Unit"): this column holds Elm Unit\'s answers, one row each.')).toBeTruthy();
  });

  it("calls a column of Red, Amber and Green ratings a RAG rating, not a Yes/No question", async () => {
    const values: (string | number)[][] = [["Audit date", "Team", "RAG rating"]];
    for (let week = 0; week < 8; week++) for (const team of ["Rose", "Lily"]) values.push([46027 + week * 7, team, ["Green", "Amber", "Red"][(week + team.length) % 3]]);
    const { user } = await renderApp({ grids: [{ sheet: "Audits", table: null, firstRow: 1, firstColumn: 1, values, file: null }] });
    await user.click(screen.getByRole("button", { name: /Audits: 3 columns/ }));
    const rag = screen.getByRole("combobox", { name: /Column C: RAG rating/ });
    expect(rag.textContent).toContain("RAG rating (Green met, Red not met)");
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

  it("gives the sheet's whole size once, without the preview's own count of rows (issue 15: “289 rows × 10 columns … 56 rows”)", async () => {
    await renderApp({ grids: [auditGrid()] });
    const description = screen.getByText(/^Sheet, 83 rows × 6 columns\./);
    // The fake session previews the first 60 rows: 57 under the header, which the reason used to count.
    expect(description.textContent).not.toMatch(/\b57 rows\b|over \d+ rows/);
    expect(description.textContent).toMatch(/Header in row 3; 3 Yes\/No questions; grouped by team, shift; dated\.$/);
  });

  it("says why a sheet that looks like audit data is unticked when its table is read instead, and drops its badge", async () => {
    await renderApp({ grids: tableOnSheetGrids() });
    const list = screen.getByRole("list", { name: "Sheets and tables" });
    expect((within(list).getByRole("checkbox", { name: "SafeguardingChecks" }) as HTMLInputElement).checked).toBe(true);
    const sheet = within(list).getByRole("checkbox", { name: "Safeguarding checks" }) as HTMLInputElement;
    expect(sheet.checked).toBe(false);
    const why = document.getElementById(sheet.getAttribute("aria-describedby") ?? "") as HTMLElement;
    expect(why.textContent).toContain("Read through its table “SafeguardingChecks”, which is ticked, so no row is counted twice.");
    expect(within(list).getAllByText("Looks like audit data")).toHaveLength(1);
  });

  it("hides the file picker from assistive technology, so there is one Open workbook button", async () => {
    const { container } = await renderApp({ mode: "browser", grids: [auditGrid()] }, { openFile: jest.fn(), openSample: jest.fn() });
    const input = container.querySelector("input[type=file]") as HTMLInputElement;
    expect(input.getAttribute("aria-hidden")).toBe("true");
    expect(input.hidden).toBe(true);
    expect(screen.queryAllByRole("button", { name: /open/i }).map((button) => button.getAttribute("aria-label") ?? button.textContent)).toEqual(["Open another workbook"]);
  });

  it("cannot go on until a sheet is chosen", async () => {
    const { user } = await renderApp({ grids: [auditGrid()] });
    await user.click(screen.getByRole("checkbox", { name: "Care record audits" }));
    expect((screen.getByRole("button", { name: "Next: settings" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
