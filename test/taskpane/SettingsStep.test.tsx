/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DEFAULT_CHOICES } from "../../src/taskpane/analysis/taskPaneChoices";
import { SettingsStep } from "../../src/taskpane/components/SettingsStep";
import { auditGrid } from "./fixtures/auditGrid";
import { renderApp } from "./renderApp";

function renderSettings(overrides: Partial<Parameters<typeof SettingsStep>[0]> = {}) {
  const onChange = jest.fn();
  const onAnalyse = jest.fn();
  render(
    <SettingsStep
      choices={DEFAULT_CHOICES}
      asOfText="31/03/2026"
      dimensions={["team", "shift"]}
      sources={["Care record audits"]}
      problems={[]}
      mode="excel"
      busy={null}
      onChange={onChange}
      onAsOfChange={jest.fn()}
      onAnalyse={onAnalyse}
      {...overrides}
    />,
  );
  return { onChange, onAnalyse, user: userEvent.setup({ delay: null }) };
}

describe("SettingsStep", () => {
  it("offers every grouping column found, and team × shift when both are there", () => {
    renderSettings();
    expect((screen.getByRole("checkbox", { name: "Team" }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("checkbox", { name: "Shift" }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole("checkbox", { name: /team × shift/ })).toBeTruthy();
    expect(screen.getByText(/saved in the workbook/i)).toBeTruthy();
  });

  it("shows the analysis busy on its button, with its progress beside it, and keeps the button focusable", () => {
    renderSettings({ busy: { stage: "Reading “Care record audits”", done: 12000, total: 100001, unit: "rows" } });
    const analyse = screen.getByRole("button", { name: "Analyse" });
    expect(analyse.getAttribute("aria-busy")).toBe("true");
    expect(analyse.getAttribute("aria-disabled")).toBe("true");
    expect((analyse as HTMLButtonElement).disabled).toBe(false);
    const progress = document.getElementById(analyse.getAttribute("aria-describedby") ?? "") as HTMLElement;
    expect(progress.textContent).toBe("Reading “Care record audits”: 12,000 of 100,001 rows");
    expect(screen.getByRole("progressbar")).toBeTruthy();
  });

  it("keeps the labels of unselected choices in the normal text colour, not the disabled-looking grey", () => {
    renderSettings();
    // Fluent greys unselected radio labels (colorNeutralForeground3); the pane's rule sets them back.
    const rules = Array.from(document.styleSheets).flatMap((sheet) => Array.from(sheet.cssRules).map((rule) => rule.cssText));
    expect(rules.some((rule) => /input:enabled:not\(:checked\)\s*~\s*\.fui-Radio__label\s*\{\s*color:\s*var\(--colorNeutralForeground1\)/.test(rule))).toBe(true);
  });

  it("reports the dimensions chosen when one is unticked", async () => {
    const { onChange, user } = renderSettings();
    await user.click(screen.getByRole("checkbox", { name: "Shift" }));
    expect(onChange).toHaveBeenCalledWith({ dimensions: ["team"] });
  });

  it("asks for a deadline date when 'By a date' is chosen", async () => {
    const { onChange, user } = renderSettings();
    await user.click(screen.getByRole("radio", { name: "By a date" }));
    expect(onChange).toHaveBeenCalledWith({ deadlineKind: "date" });
  });

  it("shows each problem beside its field", () => {
    renderSettings({
      choices: { ...DEFAULT_CHOICES, deadlineKind: "date", deadline: "31/02/2026" },
      problems: [{ field: "deadline", message: "Enter the deadline as dd/mm/yyyy, for example 30/06/2026." }],
    });
    expect(screen.getByText("Enter the deadline as dd/mm/yyyy, for example 30/06/2026.")).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Deadline (dd/mm/yyyy)" }).getAttribute("aria-invalid")).toBe("true");
  });
});

describe("SettingsStep: a target for one audit", () => {
  it("offers a target per chosen audit, blank meaning the target above", async () => {
    const { onChange, user } = renderSettings({ sources: ["Care record audits", "SafeguardingChecks"] });
    await user.click(screen.getByText("Different targets for particular audits"));
    const safeguarding = screen.getByRole("spinbutton", { name: "SafeguardingChecks" }) as HTMLInputElement;
    // No grey "90" placeholder, which read as a value already entered (issue 15): the caption says what blank means.
    expect([safeguarding.value, safeguarding.placeholder]).toEqual(["", ""]);
    expect(screen.getByText(/Leave blank to use the 90% target above/)).toBeTruthy();
    await user.type(safeguarding, "9");
    expect(onChange).toHaveBeenLastCalledWith({ targetsBySource: { SafeguardingChecks: 9 } });
  });

  it("clears a target when its box is emptied, keeping the others", async () => {
    const { onChange, user } = renderSettings({ sources: ["Care record audits", "SafeguardingChecks"], choices: { ...DEFAULT_CHOICES, targetsBySource: { SafeguardingChecks: 95, "Care record audits": 85 } } });
    await user.click(screen.getByText("Different targets for particular audits (set)"));
    await user.clear(screen.getByRole("spinbutton", { name: "SafeguardingChecks" }));
    expect(onChange).toHaveBeenLastCalledWith({ targetsBySource: { "Care record audits": 85 } });
  });

  it("shows a problem beside the audit it belongs to", () => {
    const message = "Enter a target for SafeguardingChecks between 1% and 100%, or leave it blank to use the target above.";
    renderSettings({
      sources: ["Care record audits", "SafeguardingChecks"],
      choices: { ...DEFAULT_CHOICES, targetsBySource: { SafeguardingChecks: 950 } },
      problems: [{ field: "targetsBySource", source: "SafeguardingChecks", message }],
    });
    expect(screen.getByText(message)).toBeTruthy();
    expect(screen.getByRole("spinbutton", { name: "SafeguardingChecks" }).getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("spinbutton", { name: "Care record audits" }).getAttribute("aria-invalid")).not.toBe("true");
  });
});

describe("SettingsStep in the task pane", () => {
  it("analyses a chosen audit against its own target and remembers it", async () => {
    const { user, record } = await renderApp({ grids: [auditGrid()] });
    await user.click(screen.getByRole("button", { name: "Next: settings" }));
    await user.click(screen.getByText("Different targets for particular audits"));
    await user.type(screen.getByRole("spinbutton", { name: "Care record audits" }), "95");
    await user.click(screen.getByRole("button", { name: "Analyse" }));
    await screen.findByRole("heading", { name: "Results" });
    expect(record.savedChoices[0]).toMatchObject({ targetPercent: 90, targetsBySource: { "Care record audits": 95 } });
    expect(screen.getAllByText(/target 95%/).length).toBeGreaterThan(0);
  });

  it("analyses a chosen audit against its own deadline date and remembers it", async () => {
    const { user, record } = await renderApp({ grids: [auditGrid()] });
    await user.click(screen.getByRole("button", { name: "Next: settings" }));
    await user.click(screen.getByText("Different targets for particular audits"));
    await user.type(screen.getByRole("textbox", { name: "Care record audits: deadline (dd/mm/yyyy)" }), "05/04/2026");
    await user.click(screen.getByRole("button", { name: "Analyse" }));
    await screen.findByRole("heading", { name: "Results" });
    expect(record.savedChoices[0]).toMatchObject({ deadlinesBySource: { "Care record audits": "05/04/2026" } });
    // The core's own account of the goal, as the command line's --deadline-for gives it.
    expect(screen.getByText("Deadline 05/04/2026 (set for Care record audits).")).toBeTruthy();
  });

  it("stops at a deadline and weeks for the same audit, naming it", async () => {
    const { user } = await renderApp({ grids: [auditGrid()] });
    await user.click(screen.getByRole("button", { name: "Next: settings" }));
    await user.click(screen.getByText("Different targets for particular audits"));
    await user.type(screen.getByRole("textbox", { name: "Care record audits: deadline (dd/mm/yyyy)" }), "05/04/2026");
    await user.type(screen.getByRole("spinbutton", { name: "Care record audits: weeks" }), "10");
    await user.click(screen.getByRole("button", { name: "Analyse" }));
    expect(await screen.findByText("Give Care record audits a deadline date or a number of weeks, not both: clear one of them.")).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Results" })).toBeNull();
  });

  it("saves the choices in the workbook when the analysis runs", async () => {
    const { user, record } = await renderApp({ grids: [auditGrid()] });
    await user.click(screen.getByRole("button", { name: "Next: settings" }));
    const target = screen.getByRole("spinbutton", { name: "Target (%)" });
    await user.clear(target);
    await user.type(target, "95");
    await user.tab();
    await user.click(screen.getByRole("radio", { name: "Within a number of weeks of the first audit" }));
    await user.click(screen.getByRole("button", { name: "Analyse" }));
    await screen.findByRole("heading", { name: "Results" });
    expect(record.savedChoices).toHaveLength(1);
    expect(record.savedChoices[0]).toMatchObject({ targetPercent: 95, deadlineKind: "weeks", weeks: 12, sources: ["Care record audits"] });
    expect(screen.getAllByText(/target 95%/).length).toBeGreaterThan(0);
  });

  it("remembers the choices saved in the workbook", async () => {
    const { user } = await renderApp({ grids: [auditGrid()], savedChoices: { targetPercent: 85, direction: "up", ownerRoles: { lead: "Clinical lead", support: "Deputy manager", escalation: ["Registered manager", "Director"] } } });
    await user.click(screen.getByRole("button", { name: "Next: settings" }));
    expect((screen.getByRole("spinbutton", { name: "Target (%)" }) as HTMLInputElement).value).toBe("85");
    expect((screen.getByRole("textbox", { name: "Owns most actions" }) as HTMLInputElement).value).toBe("Clinical lead");
  });

  it("stops at a date that is not a date, and says why", async () => {
    const { user } = await renderApp({ grids: [auditGrid()] });
    await user.click(screen.getByRole("button", { name: "Next: settings" }));
    const asOf = screen.getByRole("textbox", { name: "Results as of (dd/mm/yyyy)" });
    await user.clear(asOf);
    await user.type(asOf, "next Tuesday");
    await user.click(screen.getByRole("button", { name: "Analyse" }));
    expect(await screen.findByText("Enter the date the results are as of, as dd/mm/yyyy.")).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Results" })).toBeNull();
  });

  it("still analyses when the settings cannot be saved, and says so", async () => {
    const { user } = await renderApp({ grids: [auditGrid()], failSaveChoices: new Error("The document is read-only.") });
    await user.click(screen.getByRole("button", { name: "Next: settings" }));
    await user.click(screen.getByRole("button", { name: "Analyse" }));
    await screen.findByRole("heading", { name: "Results" });
    expect(screen.getByText(/Your settings were not saved in the workbook/)).toBeTruthy();
  });
});
