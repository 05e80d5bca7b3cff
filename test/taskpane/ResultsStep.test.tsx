/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { analyseWorkbook } from "../../src/app/analyseWorkbook";
import { settingsFromChoices } from "../../src/taskpane/analysis/settingsFromChoices";
import { DEFAULT_CHOICES } from "../../src/taskpane/analysis/taskPaneChoices";
import { ResultsStep } from "../../src/taskpane/components/ResultsStep";
import { auditGrid } from "./fixtures/auditGrid";
import { analyseWithDefaults, renderApp } from "./renderApp";

describe("ResultsStep", () => {
  it("shows a banner when the service average hides a group", async () => {
    const { user } = await renderApp({ grids: [auditGrid()] });
    await analyseWithDefaults(user);
    const banner = screen.getByText(/The average hides a group/).closest("[role='group'], div") as HTMLElement;
    expect(banner.textContent).toMatch(/Service average \d+% hides Team B at \d+%/);
  });

  it("shows each group with its status, value, interval, trend and SPC chart", async () => {
    const { user } = await renderApp({ grids: [auditGrid()] });
    await analyseWithDefaults(user);
    const teams = screen.getByRole("region", { name: "Team comparison for Care record audits" });
    const teamB = within(teams).getByRole("button", { name: /Team B/ });
    expect(teamB.textContent).toContain("Below target");
    expect(teamB.textContent).toMatch(/\d+%\d+ records, 95% CI \d+–\d+%/);
    const chart = within(teamB).getByRole("img");
    expect(chart.getAttribute("aria-label")).toMatch(/^SPC chart for Team B over \d+ (weeks|fortnights): latest \d+%, target 90%/);
    expect(chart.querySelector("[data-testid='target-line']")).not.toBeNull();
    const fills = [...chart.querySelectorAll("[data-kind]")].map((point) => point.getAttribute("fill"));
    expect(fills.every((fill) => ["#289de0", "#fab428", "#a6a6a6", "#b4a7d6"].includes(fill ?? ""))).toBe(true);
  });

  it("shows a group's reasons when it is expanded", async () => {
    const { user } = await renderApp({ grids: [auditGrid()] });
    await analyseWithDefaults(user);
    const teamB = screen.getAllByRole("button", { name: /Team B/ })[0];
    expect(teamB.getAttribute("aria-expanded")).toBe("false");
    await user.click(teamB);
    expect(teamB.getAttribute("aria-expanded")).toBe("true");
    expect(await screen.findByText(/^Team B: \d+% over .*below the 90% target/)).toBeTruthy();
  });

  it("links each problem found in the data to its cell in Excel", async () => {
    const { user, record } = await renderApp({ grids: [auditGrid()] });
    await analyseWithDefaults(user);
    const problems = screen.getByRole("region", { name: "Problems found in the data" });
    const link = within(problems).getByRole("button", { name: "Care record audits E21" });
    await user.click(link);
    expect(record.shownCells).toEqual(["Care record audits!E21"]);
    expect(problems.textContent).toMatch(/Care record audits E21, "Risk updated": .*#N\/A/);
  });

  it("says each problem's cell once (issue 15: “row 61, column G … : Row 61, column G …”)", async () => {
    const { user } = await renderApp({ grids: [auditGrid()] });
    await analyseWithDefaults(user);
    const problems = screen.getByRole("region", { name: "Problems found in the data" });
    expect(problems.textContent).not.toMatch(/row 21/i);
    expect(problems.textContent?.match(/E21/g)).toHaveLength(1);
  });

  it("keeps the problems heading apart from the text under it (issue 15: “Problems found in the data (3)These rows…”)", async () => {
    const { user } = await renderApp({ grids: [auditGrid()] });
    await analyseWithDefaults(user);
    const heading = within(screen.getByRole("region", { name: "Problems found in the data" })).getByRole("heading");
    // The auditGrid fixture puts one #N/A in the Risk updated column (row 21).
    expect(heading.textContent).toBe("Problems found in the data: 1 cell");
    expect(heading.nextElementSibling?.tagName).not.toBe("H4");
    expect(heading.className).toMatch(/\S/);
  });

  it("accounts for every row read: used, or left out with why (issue 15: “13 rows read, 10 used”)", async () => {
    const { user } = await renderApp({ grids: [auditGrid()] });
    await analyseWithDefaults(user);
    // auditGrid: 80 rows of records under the header in row 3. The words are the core's (describeRowsAccounted), as the command line and the Assurance Summary write them.
    expect(screen.getByText(/^80 rows read/).textContent).toMatch(/^80 rows read: \d+ used, \d+ left out( \(.+\))?\.$/);
  });

  it("writes counts the one way, singular for one", async () => {
    const { user } = await renderApp({ grids: [auditGrid()] });
    await analyseWithDefaults(user);
    const text = document.querySelector("main")?.textContent ?? "";
    expect(text).not.toMatch(/\b1 (records|items|periods|rows|cells)\b/);
    expect(text).not.toMatch(/\d{4,} (records|rows|items)/);
  });

  it("names the problem's cell without a link in the browser, where there is no sheet to show", async () => {
    const { user } = await renderApp({ mode: "browser", grids: [auditGrid()] });
    await analyseWithDefaults(user);
    const problems = screen.getByRole("region", { name: "Problems found in the data" });
    expect(within(problems).queryByRole("button")).toBeNull();
    expect(problems.textContent).toContain("Care record audits E21");
  });
});

describe("ResultsStep: is variation reducing?", () => {
  // The pane's default settings over the auditGrid fixture: ten weeks of teams and shifts.
  const { settings } = settingsFromChoices({ ...DEFAULT_CHOICES, sources: ["Care record audits"] }, "31/03/2026");
  if (settings === null) throw new Error("The default choices should make settings.");
  const analysis = analyseWorkbook([auditGrid()], settings);
  const [result] = analysis.analyses;

  it("shows the core's sentence on the gap between the best and worst group under each dimension, word for word", () => {
    render(<ResultsStep analysis={analysis} onNext={jest.fn()} />);
    const variations = result.variationOverTime ?? [];
    expect(variations.map((variation) => variation.dimension).sort()).toEqual(["shift", "team"]);
    for (const variation of variations) {
      const region = screen.getByRole("region", { name: `${variation.label} comparison for Care record audits` });
      expect(variation.sentence).toMatch(/^Gap between (teams|shifts) (narrowing|widening|steady)/);
      expect(within(region).getByText(variation.sentence)).toBeTruthy();
    }
  });

  it("shows no sentence for a dimension the core has none for", () => {
    const withoutShift = { ...analysis, analyses: [{ ...result, variationOverTime: (result.variationOverTime ?? []).filter((variation) => variation.dimension !== "shift") }] };
    render(<ResultsStep analysis={withoutShift} onNext={jest.fn()} />);
    expect(within(screen.getByRole("region", { name: "Shift comparison for Care record audits" })).queryByText(/^Gap between shifts/)).toBeNull();
    expect(within(screen.getByRole("region", { name: "Team comparison for Care record audits" })).getByText(/^Gap between teams/)).toBeTruthy();
  });
});
