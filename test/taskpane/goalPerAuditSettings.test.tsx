/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { settingsFromChoices } from "../../src/taskpane/analysis/settingsFromChoices";
import { DEFAULT_CHOICES, readChoices } from "../../src/taskpane/analysis/taskPaneChoices";
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
    expect(readChoices({ targetPercent: 95 })).toMatchObject({ weeksBySource: {}, recoveryStart: "" });
  });
});

describe("SettingsStep: a goal per audit", () => {
  function renderSettings() {
    const onChange = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <SettingsStep choices={DEFAULT_CHOICES} asOfText="31/03/2026" dimensions={[]} sources={["SafeguardingChecks"]} problems={[]} mode="excel" busy={null} onChange={onChange} onAsOfChange={jest.fn()} onAnalyse={jest.fn()} />
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

  it("takes the date the recovery plan started", async () => {
    const { onChange, user } = renderSettings();
    await user.type(screen.getByRole("textbox", { name: /Recovery plan started/ }), "0");
    expect(onChange).toHaveBeenLastCalledWith({ recoveryStart: "0" });
  });
});
