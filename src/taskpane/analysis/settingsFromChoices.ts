import type { AnalysisSettingsInput } from "../../core/compare";
import { parseDate, type ExcelSerialDate } from "../../core/values";
import type { TaskPaneChoices } from "./taskPaneChoices";

/** A setting that cannot be used, named for the field it belongs to. */
export interface ChoiceProblem {
  field: "targetPercent" | "targetsBySource" | "weeksBySource" | "deadlinesBySource" | "deadline" | "weeks" | "recoveryStart" | "asOf" | "dimensions";
  /** For a target, weeks or deadline set for one audit: the table or sheet it is set for. */
  source?: string;
  message: string;
}

/**
 * A target typed in a "(%)" field, in the settings' units (above 1 a percentage, 1 or less a
 * proportion): 95 stays 95, but 1 (1%) becomes 0.01, which the settings would otherwise read as 100%.
 */
function percentAsSetting(percent: number): number {
  return percent > 1 ? percent : percent / 100;
}

/**
 * The analysis settings from the task pane's choices, or the problems to show beside the fields.
 * Dates are typed as dd/mm/yyyy.
 */
export function settingsFromChoices(choices: TaskPaneChoices, asOfText: string): { settings: AnalysisSettingsInput | null; problems: ChoiceProblem[] } {
  const problems: ChoiceProblem[] = [];
  const asOf = parseDate(asOfText.trim());
  if (asOf === null) problems.push({ field: "asOf", message: "Enter the date the results are as of, as dd/mm/yyyy." });
  if (!Number.isFinite(choices.targetPercent) || choices.targetPercent <= 0 || choices.targetPercent > 100) {
    problems.push({ field: "targetPercent", message: "Enter a target between 1% and 100%." });
  }
  // Targets kept for audits not chosen this time are remembered but not used (or checked).
  const targetsBySource = Object.fromEntries(Object.entries(choices.targetsBySource).filter(([source]) => choices.sources.includes(source)));
  for (const [source, target] of Object.entries(targetsBySource)) {
    if (!Number.isFinite(target) || target <= 0 || target > 100) problems.push({ field: "targetsBySource", source, message: `Enter a target for ${source} between 1% and 100%, or leave it blank to use the target above.` });
  }
  const weeksBySource = Object.fromEntries(Object.entries(choices.weeksBySource).filter(([source]) => choices.sources.includes(source)));
  for (const [source, weeks] of Object.entries(weeksBySource)) {
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > 520) problems.push({ field: "weeksBySource", source, message: `Enter a whole number of weeks for ${source} between 1 and 520, or leave it blank to use the deadline below.` });
  }
  const deadlinesBySource = ownDeadlines(choices, Object.keys(weeksBySource), problems);
  let recoveryStart: ExcelSerialDate | undefined;
  if (choices.recoveryStart.trim() !== "") {
    const parsed = parseDate(choices.recoveryStart.trim());
    if (parsed === null) problems.push({ field: "recoveryStart", message: "Enter the date the recovery plan started as dd/mm/yyyy, or leave it blank." });
    else recoveryStart = Math.floor(parsed);
  }
  let deadline: ExcelSerialDate | undefined;
  if (choices.deadlineKind === "date") {
    const parsed = parseDate(choices.deadline.trim());
    if (parsed === null) problems.push({ field: "deadline", message: "Enter the deadline as dd/mm/yyyy, for example 30/06/2026." });
    else deadline = parsed;
  }
  if (choices.deadlineKind === "weeks" && (!Number.isInteger(choices.weeks) || choices.weeks < 1 || choices.weeks > 520)) {
    problems.push({ field: "weeks", message: "Enter a whole number of weeks between 1 and 520." });
  }
  if (choices.dimensions !== null && choices.dimensions.length === 0) {
    problems.push({ field: "dimensions", message: "Choose at least one thing to compare by." });
  }
  if (problems.length > 0 || asOf === null) return { settings: null, problems };
  const settings: AnalysisSettingsInput = {
    target: percentAsSetting(choices.targetPercent),
    ...(Object.keys(targetsBySource).length > 0 ? { targetsBySource: Object.fromEntries(Object.entries(targetsBySource).map(([source, target]) => [source, percentAsSetting(target)])) } : {}),
    direction: choices.direction,
    asOf,
    ...(choices.dimensions === null ? {} : { dimensions: choices.dimensions }),
    ...(choices.teamByShift ? { crossDimensions: [["team", "shift"]] } : {}),
    ...(choices.period === "auto" ? {} : { period: choices.period }),
    ...(deadline === undefined ? {} : { deadline }),
    ...(choices.deadlineKind === "weeks" ? { weeks: choices.weeks } : {}),
    ...(Object.keys(weeksBySource).length > 0 ? { weeksBySource } : {}),
    ...(Object.keys(deadlinesBySource).length > 0 ? { deadlinesBySource } : {}),
    ...(recoveryStart === undefined ? {} : { recoveryStart }),
  };
  return { settings, problems };
}

/**
 * The deadlines typed for particular audits (dd/mm/yyyy) as Excel serial dates, for the audits chosen
 * this time; a blank box means none. An unreadable date, or a date for an audit that also has weeks of
 * its own, is added to `problems` naming the audit, as the command line refuses --deadline-for with
 * --weeks-for for one sheet.
 */
function ownDeadlines(choices: TaskPaneChoices, withWeeks: readonly string[], problems: ChoiceProblem[]): Record<string, ExcelSerialDate> {
  const deadlines: Record<string, ExcelSerialDate> = {};
  // Names are matched as the core matches them (trimmed, ignoring case), so the pane never sends what the core refuses.
  const sameName = (one: string, other: string) => one.trim().toLowerCase() === other.trim().toLowerCase();
  for (const [source, text] of Object.entries(choices.deadlinesBySource)) {
    if (!choices.sources.includes(source) || text.trim() === "") continue;
    const parsed = parseDate(text.trim());
    if (parsed === null) {
      problems.push({ field: "deadlinesBySource", source, message: `Enter the deadline for ${source} as dd/mm/yyyy, for example 05/04/2026, or leave it blank to use the deadline below.` });
    } else if (withWeeks.some((other) => sameName(other, source))) {
      problems.push({ field: "deadlinesBySource", source, message: `Give ${source} a deadline date or a number of weeks, not both: clear one of them.` });
    } else {
      deadlines[source] = Math.floor(parsed);
    }
  }
  return deadlines;
}
