import type { GroupResult } from "../compare/types";

/** The article's early-warning signs for each situation, by what the groups are. */
const signsByDimension: Readonly<Record<string, string>> = {
  team: "Watch for repeated generic wording, staff uncertainty and people's feedback not matching records.",
  shift: "Watch for staff delaying reporting, night staff seeking informal reassurance and records lacking rationale.",
  staffGroup: "Watch for newer staff delaying reporting, staff seeking informal reassurance and concern records lacking rationale.",
  location: "Watch for repeated overdue actions, weaker feedback and staff needing repeated reminders.",
};
const otherSigns = "Watch for repeated gaps, evidence sources that disagree and actions carried forward.";

/**
 * The early-warning signs for a group's action: what the data shows now (evidence sources that
 * disagree, a special-cause concern, a latest period outside the funnel limits), then the article's
 * signs to watch for in that situation.
 *
 * @example
 * earlyWarningSigns("team", { evidenceMismatch: null, spc: null, latest: null });
 * // => "Watch for repeated generic wording, staff uncertainty and people's feedback not matching records."
 */
export function earlyWarningSigns(dimension: string, group: Pick<GroupResult, "evidenceMismatch" | "spc" | "latest">): string {
  const seen: string[] = [];
  if (group.evidenceMismatch !== null) seen.push(group.evidenceMismatch);
  if (group.spc !== null && group.spc.variation.startsWith("Concern")) seen.push(`The latest point is a special-cause concern (${group.spc.variation}).`);
  if (group.latest !== null && group.latest.funnelPosition === "outlier") seen.push(`The latest period (${group.latest.label}) is outside the funnel limits for its sample size.`);
  const watch = signsByDimension[dimension.split(" x ")[0]] ?? otherSigns;
  return [...seen.map((s) => (s.endsWith(".") ? s : `${s}.`)), watch].join(" ");
}
