import { WorkbookAccessError } from "../../src/office/workbookAccessError";
import { settingsFromChoices } from "../../src/taskpane/analysis/settingsFromChoices";
import { summaryText } from "../../src/taskpane/analysis/summaryText";
import { DEFAULT_CHOICES, readChoices } from "../../src/taskpane/analysis/taskPaneChoices";
import { describeError } from "../../src/taskpane/describeError";
import { groupDetail, interval } from "../../src/taskpane/formatResult";
import { isDarkOfficeTheme } from "../../src/taskpane/officeTheme";
import { todayUk } from "../../src/taskpane/todayUk";

describe("settingsFromChoices", () => {
  it("turns the choices into analysis settings", () => {
    const { settings, problems } = settingsFromChoices({ ...DEFAULT_CHOICES, targetPercent: 95, teamByShift: true, deadlineKind: "date", deadline: "30/06/2026", period: "month" }, "31/03/2026");
    expect(problems).toEqual([]);
    expect(settings).toEqual({ target: 95, direction: "up", asOf: 46112, crossDimensions: [["team", "shift"]], period: "month", deadline: 46203 });
  });

  it("names each field that needs correcting", () => {
    const { settings, problems } = settingsFromChoices({ ...DEFAULT_CHOICES, targetPercent: 0, deadlineKind: "date", deadline: "soon", dimensions: [] }, "yesterday");
    expect(settings).toBeNull();
    expect(problems.map((problem) => problem.field)).toEqual(["asOf", "targetPercent", "deadline", "dimensions"]);
  });
});

describe("settingsFromChoices: a target of 1% or less", () => {
  it("reads the '(%)' fields as percent: 1 is 1% (0.01), never a proportion of 1 (100%)", () => {
    const choices = { ...DEFAULT_CHOICES, direction: "down" as const, targetPercent: 1, sources: ["Medication errors"], targetsBySource: { "Medication errors": 0.5 } };
    const { settings } = settingsFromChoices(choices, "31/03/2026");
    expect(settings).toMatchObject({ target: 0.01, targetsBySource: { "Medication errors": 0.005 } });
  });
});

describe("settingsFromChoices: targets for particular audits", () => {
  it("passes on the targets of the audits chosen, and only those", () => {
    const choices = { ...DEFAULT_CHOICES, sources: ["SafeguardingChecks", "Care record audits"], targetsBySource: { SafeguardingChecks: 95, "Old audit": 80 } };
    expect(settingsFromChoices(choices, "31/03/2026").settings).toMatchObject({ target: 90, targetsBySource: { SafeguardingChecks: 95 } });
    expect(settingsFromChoices({ ...choices, targetsBySource: { "Old audit": 80 } }, "31/03/2026").settings).not.toHaveProperty("targetsBySource");
  });

  it("names the audit whose target cannot be used", () => {
    const { settings, problems } = settingsFromChoices({ ...DEFAULT_CHOICES, sources: ["SafeguardingChecks"], targetsBySource: { SafeguardingChecks: 950 } }, "31/03/2026");
    expect(settings).toBeNull();
    expect(problems).toEqual([{ field: "targetsBySource", source: "SafeguardingChecks", message: "Enter a target for SafeguardingChecks between 1% and 100%, or leave it blank to use the target above." }]);
  });
});

describe("readChoices", () => {
  it("keeps what is readable and defaults the rest", () => {
    const choices = readChoices({ targetPercent: 85, direction: "sideways", sources: ["Audits"] });
    expect(choices.targetPercent).toBe(85);
    expect(choices.direction).toBe("up");
    expect(choices.sources).toEqual(["Audits"]);
    expect(choices.ownerRoles.escalation).toEqual(["Registered manager", "Provider oversight (nominated individual)"]);
  });

  it("starts afresh from anything that is not saved choices", () => {
    expect(readChoices("garbage")).toEqual(DEFAULT_CHOICES);
  });
});

describe("summaryText", () => {
  it("turns the summary sheet into lines of text", () => {
    expect(summaryText({ cells: [[{ value: "Assurance Summary" }], [], [], [], [{ value: "Prepared " }, { value: { serialDate: 46112 } }]] })).toBe("Assurance Summary\n\nPrepared   31/03/2026");
  });
});

describe("describeError", () => {
  it("explains a protected sheet and what to do", () => {
    const message = describeError(new WorkbookAccessError("sheet-protected", 'The sheet "Action Tracker" is protected, so it could not be refreshed.', { sheet: "Action Tracker" }), "writing");
    expect(message).toEqual({
      title: "The sheets were not written",
      body: 'The sheet "Action Tracker" is protected, so it could not be refreshed. Unprotect it (Review > Unprotect Sheet) and write again. Nothing was changed.',
    });
  });

  it("never shows a stack trace for the unexpected", () => {
    const error = new Error("boom");
    error.stack = "Error: boom\n    at secret.js:1:1";
    expect(describeError(error, "analysing").body).not.toContain("secret.js");
  });
});

describe("formatResult", () => {
  it("formats values as quality leads read them", () => {
    expect(interval(0.73, 0.824)).toBe("95% CI 73–82%");
    const trendOf = (trendPerWeek: number | null) => groupDetail({ records: 1, lower: 0.73, upper: 0.82, trendPerWeek }).split(", ").at(-1);
    expect([trendOf(0.012), trendOf(-0.004), trendOf(0.0004), trendOf(null)]).toEqual(["+1.2 points a week", "−0.4 points a week", "flat", "no trend yet"]);
  });
});

describe("isDarkOfficeTheme", () => {
  it("reads Office's dark and light backgrounds", () => {
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#262626" })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#FFFFFF" })).toBe(false);
    expect(isDarkOfficeTheme(undefined)).toBe(false);
  });
});

describe("todayUk", () => {
  it("writes today's date as dd/mm/yyyy", () => {
    expect(todayUk(new Date(2026, 2, 31, 23, 30))).toBe("31/03/2026");
  });
});
