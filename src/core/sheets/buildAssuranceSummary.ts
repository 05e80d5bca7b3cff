import { describeRowsAccounted, readProblemsHeading } from "../audit/describeRowsAccounted";
import { formatPercentAgainstTarget } from "../compare/formatPercentAgainstTarget";
import { DEFAULT_OWNER_ROLES } from "../actions/ownerRoles";
import { readProblemText } from "../compare/readProblemText";
import type { AnalysisResult, DimensionResult, GroupResult, GroupStatus, WorkbookAnalysis } from "../compare/types";
import type { TrackedAction } from "../actions/types";
import { formatCount, formatUkDate } from "../values";
import { addinMarker } from "./addinMarker";
import { CellGrid } from "./cellGrid";
import { DEFAULT_SHEET_NAMES } from "./defaultSheetNames";
import type { SheetModel } from "./sheetModel";
import { SHEET_STYLES } from "./sheetStyles";
import { BENEATH_THE_SCORE_HEADING, beneathTheScoreLines } from "./beneathTheScoreLines";

const textWidth = 120;
const problemsListed = 3;

interface Finding {
  result: AnalysisResult;
  dimension: DimensionResult;
  group: GroupResult;
}

function findings(analysis: WorkbookAnalysis, statuses: readonly GroupStatus[]): Finding[] {
  return analysis.analyses.flatMap((result) =>
    result.dimensions.flatMap((dimension) => dimension.groups.filter((group) => statuses.includes(group.status)).map((group) => ({ result, dimension, group }))),
  );
}


/** "3 problems in reading: ... (listed below)." */
function problemCellsPhrase(problems: number): string {
  return `${readProblemsHeading(problems)} (listed below).`;
}
/** A reason's own sentence about the periods at target ("Met the target in 8 of the last 10 periods..."). */
function periodsSentence(group: GroupResult): string | null {
  return group.reasons.find((r) => r.startsWith("Met the target in ") || r.startsWith("Below the target in every ")) ?? null;
}

function describe({ result, dimension, group }: Finding, several: boolean): string {
  const where = several ? `${dimension.label.toLowerCase()}, ${result.title}` : dimension.label.toLowerCase();
  // The first reason already carries the level, interval, trend and projection: say it once.
  const reason = group.reasons[0]?.replace(`${group.name}: `, "");
  const target = result.settings.target;
  const partial = group.latest !== null && group.series.some((p) => p.partial && p.start === group.latest?.start) ? " (a partial period, not counted)" : "";
  const summary = reason ?? `${formatPercentAgainstTarget(group.mean, target)} over ${formatCount(group.records, "record")}.`;
  const periods = periodsSentence(group);
  // Said once: the periods sentence may already give the latest period's value.
  const saidAlready = group.latest !== null && periods !== null && periods.includes(`${group.latest.label}:`);
  const latest = group.latest === null || saidAlready ? "" : ` Latest ${group.latest.label}: ${formatPercentAgainstTarget(group.latest.value, target)}${partial}.`;
  const watch = group.watch ? ` ${group.watch.replace(`${group.name}: watch: `, "Watch: ")}` : "";
  return `• ${group.name} (${where}): ${summary}${periods ? ` ${periods}` : ""}${latest}${watch}`;
}

function times(count: number): string {
  return count === 1 ? "once" : count === 2 ? "twice" : `${count} times`;
}

function describeAction(action: TrackedAction, ownerAgreed: boolean): string {
  const who = action.group === "" ? "" : ` for ${action.group}${action.dimension === "" ? "" : ` (${action.dimension.toLowerCase()})`}`;
  const details: string[] = [];
  if (action.ownerRole !== "") details.push(ownerAgreed ? `owner: ${action.ownerRole}` : `suggested owner: ${action.ownerRole}`);
  if (action.status !== "") details.push(`status: ${action.status}`);
  if (action.nextReview !== null) details.push(`next review ${formatUkDate(action.nextReview)}`);
  if (action.due !== null) details.push(`due ${formatUkDate(action.due)}`);
  if (action.timesCarriedForward > 0) details.push(`carried forward ${times(action.timesCarriedForward)}`);
  if (action.escalationLevel !== "" && action.escalationLevel !== "None") details.push(`escalated to ${action.escalationLevel}`);
  const id = action.actionId === "" ? "Action" : action.actionId;
  const text = action.action === "" ? "action to be agreed" : action.action;
  return `• ${id}${who}: ${text}${details.length ? ` (${details.join("; ")})` : ""}`;
}

/** The summary's sections, in the order of the statuses from best to worst, then too little evidence. */
const ASSURANCE_SUMMARY_SECTIONS: readonly { title: string; statuses: readonly GroupStatus[]; none: string; description?: string }[] = [
  { title: "Embedded", statuses: ["embedded"], none: "No group meets the target consistently yet." },
  {
    title: "Improving, not yet at target",
    statuses: ["improving"],
    none: "No group is improving towards the target.",
    // Said, because some of these groups have met the target in their latest periods.
    description: "Really getting better, but not yet meeting the target consistently: below it overall, or at it only in the latest periods after a weaker start.",
  },
  { title: "Fragile", statuses: ["fragile"], none: "No group is fragile." },
  { title: "Below target or getting worse", statuses: ["below-target", "deteriorating"], none: "No group is below target or getting worse." },
  { title: "Not enough evidence", statuses: ["insufficient-evidence"], none: "Every group has enough evidence to be judged." },
];

/** The statuses under which a person has taken an action on; "Open" (or blank) is the add-in's own proposal. */
const untouchedStatuses = new Set(["", "open"]);

/**
 * Whether a person has taken the action on: an owner typed (anything but blank or the role the add-in
 * suggested) or a status other than Open. Otherwise it is a proposal awaiting an owner.
 *
 * @example
 * actionTakenOn({ ownerRole: "Deputy manager", status: "Open" }, ["Quality lead", "Deputy manager"]) // => false
 * actionTakenOn({ ownerRole: "J. Patel", status: "Open" }, ["Quality lead", "Deputy manager"]) // => true
 */
function actionTakenOn(action: Pick<TrackedAction, "ownerRole" | "status">, suggestedOwnerRoles: readonly string[]): boolean {
  const owner = action.ownerRole.trim().toLowerCase();
  const ownerTyped = owner !== "" && !suggestedOwnerRoles.some((role) => role.trim().toLowerCase() === owner);
  return ownerTyped || !untouchedStatuses.has(action.status.trim().toLowerCase());
}

export interface AssuranceSummaryOptions {
  /** The roles the add-in suggests as owners: an action whose owner is still one of them awaits a person's agreement. */
  suggestedOwnerRoles?: readonly string[];
}

/**
 * The Assurance Summary: the update a commissioner or inspector expects, in plain English from the
 * analysis and the Action Tracker. For each audit the overall position (and whether the service
 * average hides a group) with the date of the latest data, and a warning when it is out of date; then
 * the groups by status (`ASSURANCE_SUMMARY_SECTIONS`: embedded; improving, not yet at target; fragile;
 * below target or getting worse; not enough evidence), each with its numbers; beneath the scores, the
 * questions behind each shortfall, the repeated gaps and whether variation is reducing
 * (`beneathTheScoreLines`); the proposed actions
 * (Open, no owner agreed: the add-in's suggestions awaiting an owner) apart from the support in place
 * (actions a person has taken on: an owner typed or a status other than Open), with review dates,
 * carry-forward and escalation; and the evidence it rests on (sources, rows read and used, problems,
 * settings). Values that round to their target show a decimal place. Pure; never throws.
 *
 * @example
 * buildAssuranceSummary({ asOf: 46084, analyses: [] }, []).cells[0][0]?.value; // => "Assurance Summary"
 */
export function buildAssuranceSummary(
  analysis: WorkbookAnalysis,
  actions: readonly TrackedAction[],
  sheetName: string = DEFAULT_SHEET_NAMES["assurance-summary"],
  options: AssuranceSummaryOptions = {},
): SheetModel {
  const grid = new CellGrid();
  let row = 0;
  const line = (text: string, style = SHEET_STYLES.wrapped) => grid.set(++row, 1, text, style);
  const heading = (text: string) => {
    row += 1;
    line(text, SHEET_STYLES.sectionHeading);
  };
  const several = analysis.analyses.length > 1;
  line("Assurance Summary", SHEET_STYLES.title);
  const titles = analysis.analyses.map((a) => a.title);
  line(`Prepared ${formatUkDate(analysis.asOf)}${titles.length ? ` from ${titles.join(", ")}` : ""}. It compares teams, shifts, locations and staff groups rather than relying on one average.`, SHEET_STYLES.wrappedSubtitle);

  heading("Overall");
  if (analysis.analyses.length === 0) line("No audit evidence was analysed.");
  for (const result of analysis.analyses) {
    const hidden = result.service.hiddenByAverage;
    line(`${several ? `${result.title}: ` : ""}${result.service.headline}`, hidden ? SHEET_STYLES.warning : SHEET_STYLES.wrapped);
    if (result.freshness) line(`${several ? `${result.title}: ` : ""}${result.freshness.sentence}`, result.freshness.outOfDate ? SHEET_STYLES.warning : SHEET_STYLES.wrappedSubtitle);
  }

  for (const section of ASSURANCE_SUMMARY_SECTIONS) {
    heading(section.title);
    const found = findings(analysis, section.statuses);
    if (found.length === 0) line(section.none);
    else if (section.description) line(section.description, SHEET_STYLES.wrappedSubtitle);
    for (const finding of found) line(describe(finding, several));
  }

  heading(BENEATH_THE_SCORE_HEADING);
  for (const text of beneathTheScoreLines(analysis)) line(text);

  const suggestedOwnerRoles = options.suggestedOwnerRoles ?? [DEFAULT_OWNER_ROLES.lead, DEFAULT_OWNER_ROLES.support];
  const open = actions.filter((a) => a.status.trim().toLowerCase() !== "closed");
  const proposed = open.filter((a) => !actionTakenOn(a, suggestedOwnerRoles));
  const inPlace = open.filter((a) => actionTakenOn(a, suggestedOwnerRoles));
  heading("Proposed actions");
  if (proposed.length === 0) line("No action is waiting for an owner.");
  else line(`Suggested by the add-in from this analysis and still Open with no owner agreed: ${proposed.length === 1 ? "it is" : "they are"} not yet support in place.`, SHEET_STYLES.wrappedSubtitle);
  for (const action of proposed) line(describeAction(action, false));

  heading("Support in place");
  if (inPlace.length === 0) line("No action has been taken on yet: none has an owner agreed or a status other than Open.");
  for (const action of inPlace) line(describeAction(action, true));
  const closed = actions.length - open.length;
  if (closed > 0) line(`${closed} action${closed === 1 ? " has" : "s have"} been closed; the Action Tracker keeps the record.`);
  const escalated = open.filter((a) => a.escalationLevel !== "" && a.escalationLevel !== "None").length;
  if (escalated > 0) line(`${escalated} action${escalated === 1 ? " has" : "s have"} been escalated after being carried forward repeatedly.`, SHEET_STYLES.warning);

  heading("Evidence this rests on");
  for (const result of analysis.analyses) {
    for (const source of result.sources) {
      const from = source.file === null ? `sheet "${source.sheet}"` : `${source.file}, sheet "${source.sheet}"`;
      const problems = source.problems.length;
      // The rows are counted once, in the row account's words; the cells with problems are listed under it.
      const [counted, ...more] = describeRowsAccounted(source);
      line(`• ${from}: ${counted}${problems ? ` ${problemCellsPhrase(problems)}` : ""}`);
      for (const accounted of more) line(`    ${accounted}`, SHEET_STYLES.wrappedSubtitle);
      for (const problem of source.problems.slice(0, problemsListed)) line(`    ${readProblemText(problem)}`, SHEET_STYLES.wrappedSubtitle);
    }
    line(`${several ? `${result.title}: ` : ""}${result.explanation.join(" ")}`, SHEET_STYLES.wrappedSubtitle);
  }
  return {
    name: sheetName,
    role: "assurance-summary",
    marker: addinMarker.forSheet("assurance-summary", sheetName),
    cells: grid.toCells(),
    merges: [],
    columns: [{ column: 1, width: textWidth }],
    frozen: { rows: 0, columns: 0 },
    tables: [],
    conditionalFormats: [],
    validations: [],
    charts: [],
    tabColour: "375623",
  };
}
