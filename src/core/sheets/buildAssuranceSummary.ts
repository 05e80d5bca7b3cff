import { formatPercent } from "../compare/formatPercent";
import { readProblemText } from "../compare/readProblemText";
import type { AnalysisResult, DimensionResult, GroupResult, GroupStatus, WorkbookAnalysis } from "../compare/types";
import type { TrackedAction } from "../actions/types";
import { formatCount, formatUkDate } from "../values";
import { addinMarker } from "./addinMarker";
import { CellGrid } from "./cellGrid";
import { DEFAULT_SHEET_NAMES } from "./defaultSheetNames";
import type { SheetModel } from "./sheetModel";
import { SHEET_STYLES } from "./sheetStyles";

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

function describe({ result, dimension, group }: Finding, several: boolean): string {
  const where = several ? `${dimension.label.toLowerCase()}, ${result.title}` : dimension.label.toLowerCase();
  // The first reason already carries the level, interval, trend and projection: say it once.
  const reason = group.reasons[0]?.replace(`${group.name}: `, "");
  const latest = group.latest === null ? "" : ` Latest ${group.latest.label}: ${formatPercent(group.latest.value)}.`;
  const summary = reason ?? `${formatPercent(group.mean)} over ${formatCount(group.records, "record")}.`;
  return `• ${group.name} (${where}): ${summary}${latest}`;
}

function times(count: number): string {
  return count === 1 ? "once" : count === 2 ? "twice" : `${count} times`;
}

function describeAction(action: TrackedAction): string {
  const who = action.group === "" ? "" : ` for ${action.group}${action.dimension === "" ? "" : ` (${action.dimension.toLowerCase()})`}`;
  const details: string[] = [];
  if (action.ownerRole !== "") details.push(`owner: ${action.ownerRole}`);
  if (action.status !== "") details.push(`status: ${action.status}`);
  if (action.nextReview !== null) details.push(`next review ${formatUkDate(action.nextReview)}`);
  if (action.due !== null) details.push(`due ${formatUkDate(action.due)}`);
  if (action.timesCarriedForward > 0) details.push(`carried forward ${times(action.timesCarriedForward)}`);
  if (action.escalationLevel !== "" && action.escalationLevel !== "None") details.push(`escalated to ${action.escalationLevel}`);
  const id = action.actionId === "" ? "Action" : action.actionId;
  const text = action.action === "" ? "action to be agreed" : action.action;
  return `• ${id}${who}: ${text}${details.length ? ` (${details.join("; ")})` : ""}`;
}

/**
 * The Assurance Summary: the update a commissioner or inspector expects, in plain English from the
 * analysis and the Action Tracker. For each audit the overall position (and whether the service average
 * hides a group), then which teams, shifts, locations or staff groups are improving well, which remain
 * fragile, which are below target or getting worse, which have too little evidence, the support in
 * place (open actions with owner, review date, carry-forward and escalation) and the evidence it rests
 * on (sources, rows read and used, problems, settings). Pure; never throws.
 *
 * @example
 * buildAssuranceSummary({ asOf: 46084, analyses: [] }, []).cells[0][0]?.value; // => "Assurance Summary"
 */
export function buildAssuranceSummary(analysis: WorkbookAnalysis, actions: readonly TrackedAction[], sheetName: string = DEFAULT_SHEET_NAMES["assurance-summary"]): SheetModel {
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
  }

  const sections: { title: string; statuses: GroupStatus[]; none: string }[] = [
    { title: "Improving well", statuses: ["embedded", "improving"], none: "No group has yet shown consistent improvement." },
    { title: "Remain fragile", statuses: ["fragile"], none: "No group is fragile." },
    { title: "Below target or getting worse", statuses: ["below-target", "deteriorating"], none: "No group is below target or getting worse." },
    { title: "Not enough evidence yet", statuses: ["insufficient-evidence"], none: "Every group has enough evidence to be judged." },
  ];
  for (const section of sections) {
    heading(section.title);
    const found = findings(analysis, section.statuses);
    if (found.length === 0) line(section.none);
    for (const finding of found) line(describe(finding, several));
  }

  heading("Support in place");
  const open = actions.filter((a) => a.status !== "Closed");
  const closed = actions.length - open.length;
  if (open.length === 0) line("No open actions on the Action Tracker.");
  for (const action of open) line(describeAction(action));
  if (closed > 0) line(`${closed} action${closed === 1 ? " has" : "s have"} been closed; the Action Tracker keeps the record.`);
  const escalated = open.filter((a) => a.escalationLevel !== "" && a.escalationLevel !== "None").length;
  if (escalated > 0) line(`${escalated} action${escalated === 1 ? " has" : "s have"} been escalated after being carried forward repeatedly.`, SHEET_STYLES.warning);

  heading("Evidence this rests on");
  for (const result of analysis.analyses) {
    for (const source of result.sources) {
      const from = source.file === null ? `sheet "${source.sheet}"` : `${source.file}, sheet "${source.sheet}"`;
      const problems = source.problems.length;
      line(`• ${from}: ${source.rowsRead} rows read, ${source.rowsUsed} used${problems ? `; ${problems} cell${problems === 1 ? "" : "s"} could not be read and ${problems === 1 ? "was" : "were"} left out` : ""}.`);
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
