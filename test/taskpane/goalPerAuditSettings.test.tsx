/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { settingsFromChoices, type ChoiceProblem } from "../../src/taskpane/analysis/settingsFromChoices";
import { DEFAULT_CHOICES, readChoices, type TaskPaneChoices } from "../../src/taskpane/analysis/taskPaneChoices";
import { SettingsStep } from "../../src/taskpane/components/SettingsStep";

describe("settingsFromChoices: weeks for particular audits and the recovery start", () => {
  it("passes on the weeks of the audits chosen and the recovery start", () => {
    const choices = { ...DEFAULT_CHOICES, sources: ["SafeguardingChecks", "Care record audits"], weeksBySource: { SafeguardingChecks: 10, "Old audit": 4 }, recoveryStart: "02/02/2026" };
    // 02/02/2026 is Excel serial 46055 (=DATE(2026,2,2)).
    expect(settingsFromChoices(choices, "31/03/2026").settings).toMatchObject({ weeks: 12, weeksBySource: { SafeguardingChecks: 10 }, recoveryStart: 46055 });
  });

  it("names the field that needs correcting", () => {
    const choices = { ...DEFAULT_CHOICES, sources: ["SafeguardingChecks"], weeksBySource: { SafeguardingChecks: 2.5 }, recoveryStart: "February" };
    const { settings, problems } = settingsFromChoices(choices, "31/03/2026");
    expect(settings).toBeNull();
    expect(problems.map((p) => [p.field, p.source])).toEqual([
      ["weeksBySource", "SafeguardingChecks"],
      ["recoveryStart", undefined],
    ]);
  });

  it("remembers choices saved before these settings existed", () => {
    expect(readChoices({ targetPercent: 95 })).toMatchObject({ weeksBySource: {}, deadlinesBySource: {}, recoveryStart: "" });
  });
});

describe("settingsFromChoices: a deadline date for particular audits", () => {
  it("passes on the deadline of each audit chosen as the core's deadlinesBySource, as --deadline-for does", () => {
    const choices = { ...DEFAULT_CHOICES, sources: ["Location recovery", "Care record audits"], deadlinesBySource: { "Location recovery": " 05/04/2026 ", "Old audit": "01/01/2026" } };
    // 05/04/2026 is Excel serial 46117 (=DATE(2026,4,5)); the CLI test reads "Location recovery=05/04/2026" the same.
    expect(settingsFromChoices(choices, "31/03/2026").settings).toMatchObject({ weeks: 12, deadlinesBySource: { "Location recovery": 46117 } });
    expect(settingsFromChoices({ ...choices, deadlinesBySource: { "Old audit": "01/01/2026" } }, "31/03/2026").settings).not.toHaveProperty("deadlinesBySource");
  });

  it("gives an audit its own deadline even when there is no deadline for the rest", () => {
    const choices = { ...DEFAULT_CHOICES, deadlineKind: "none" as const, sources: ["Location recovery"], deadlinesBySource: { "Location recovery": "05/04/2026" } };
    const { settings } = settingsFromChoices(choices, "31/03/2026");
    expect(settings).not.toHaveProperty("weeks");
    expect(settings).not.toHaveProperty("deadline");
    expect(settings?.deadlinesBySource).toEqual({ "Location recovery": 46117 });
  });

  it("names the audit whose deadline is not a date", () => {
    const { settings, problems } = settingsFromChoices({ ...DEFAULT_CHOICES, sources: ["Location recovery"], deadlinesBySource: { "Location recovery": "April" } }, "31/03/2026");
    expect(settings).toBeNull();
    expect(problems).toEqual([
      { field: "deadlinesBySource", source: "Location recovery", message: "Enter the deadline for Location recovery as dd/mm/yyyy, for example 05/04/2026, or leave it blank to use the deadline below." },
    ]);
  });

  it("refuses a date and weeks for the same audit, naming it, as the command line refuses --deadline-for with --weeks-for", () => {
    const choices = { ...DEFAULT_CHOICES, sources: ["SafeguardingChecks", "Location recovery"], weeksBySource: { SafeguardingChecks: 10 }, deadlinesBySource: { SafeguardingChecks: "05/04/2026", "Location recovery": "05/04/2026" } };
    const { settings, problems } = settingsFromChoices(choices, "31/03/2026");
    expect(settings).toBeNull();
    expect(problems).toEqual([{ field: "deadlinesBySource", source: "SafeguardingChecks", message: "Give SafeguardingChecks a deadline date or a number of weeks, not both: clear one of them." }]);
  });
});

describe("SettingsStep: a goal per audit", () => {
  function renderSettings(choices: TaskPaneChoices = DEFAULT_CHOICES, problems: ChoiceProblem[] = []) {
    const onChange = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <SettingsStep choices={choices} asOfText="31/03/2026" dimensions={[]} sources={["SafeguardingChecks"]} problems={problems} mode="excel" busy={null} onChange={onChange} onAsOfChange={jest.fn()} onAnalyse={jest.fn()} />
      </FluentProvider>,
    );
    return { onChange, user: userEvent.setup() };
  }

  it("offers weeks per chosen audit beside its target", async () => {
    const { onChange, user } = renderSettings();
    await user.click(screen.getByText("Different targets for particular audits"));
    await user.type(screen.getByRole("spinbutton", { name: "SafeguardingChecks: weeks" }), "7");
    expect(onChange).toHaveBeenLastCalledWith({ weeksBySource: { SafeguardingChecks: 7 } });
  });

  it("offers a deadline date per chosen audit, kept as typed, blank meaning the deadline below", async () => {
    const { onChange, user } = renderSettings();
    await user.click(screen.getByText("Different targets for particular audits"));
    const deadline = screen.getByRole("textbox", { name: "SafeguardingChecks: deadline (dd/mm/yyyy)" });
    expect(screen.getByText(/Leave blank to use the deadline below\. Give a date or a number of weeks, not both/)).toBeTruthy();
    await user.type(deadline, "0");
    expect(onChange).toHaveBeenLastCalledWith({ deadlinesBySource: { SafeguardingChecks: "0" } });
  });

  it("clears an audit's deadline when its box is emptied, and marks the set goals in the summary", async () => {
    const { onChange, user } = renderSettings({ ...DEFAULT_CHOICES, deadlinesBySource: { SafeguardingChecks: "05/04/2026" } });
    await user.click(screen.getByText("Different targets for particular audits (set)"));
    await user.clear(screen.getByRole("textbox", { name: "SafeguardingChecks: deadline (dd/mm/yyyy)" }));
    expect(onChange).toHaveBeenLastCalledWith({ deadlinesBySource: {} });
  });

  it("shows a deadline's problem beside the audit it belongs to", () => {
    const message = "Give SafeguardingChecks a deadline date or a number of weeks, not both: clear one of them.";
    renderSettings({ ...DEFAULT_CHOICES, weeksBySource: { SafeguardingChecks: 10 }, deadlinesBySource: { SafeguardingChecks: "05/04/2026" } }, [{ field: "deadlinesBySource", source: "SafeguardingChecks", message }]);
    expect(screen.getByText(message)).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "SafeguardingChecks: deadline (dd/mm/yyyy)" }).getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("spinbutton", { name: "SafeguardingChecks: weeks" }).getAttribute("aria-invalid")).not.toBe("true");
  });

  it("takes the date the recovery plan started", async () => {
    const { onChange, user } = renderSettings();
    await user.type(screen.getByRole("textbox", { name: /Recovery plan started/ }), "0");
    expect(onChange).toHaveBeenLastCalledWith({ recoveryStart: "0" });
  });
});
