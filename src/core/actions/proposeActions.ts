import { formatPercent } from "../compare/formatPercent";
import { formatPercentAgainstTarget } from "../compare/formatPercentAgainstTarget";
import { GROUP_STATUS_LABELS, STATUSES_NEEDING_ACTION, type AnalysisResult, type DimensionResult, type GroupResult, type WorkbookAnalysis } from "../compare/types";
import { formatCount, formatUkDate, type ExcelSerialDate } from "../values";
import { earlyWarningSigns } from "./earlyWarningSigns";
import { NOT_ESCALATED } from "./escalationLevelFor";
import { nextCadenceDate } from "./nextCadenceDate";
import { DEFAULT_OWNER_ROLES, type OwnerRoles } from "./ownerRoles";
import type { ReviewCadence } from "./reviewCadences";
import { suggestAction } from "./suggestAction";
import type { ActionProposals, GroupUpdate, ProposedAction } from "./types";

function normalise(part: string): string {
  return part.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * The stable key that matches an action to its group across runs: the analysis title, the dimension
 * and the group name, trimmed, with runs of spaces collapsed and case ignored.
 *
 * @example
 * actionKey("Care record audits", "team", "  Team   B "); // => "care record audits | team | team b"
 */
function actionKey(analysisTitle: string, dimension: string, groupName: string): string {
  return [analysisTitle, dimension, groupName].map(normalise).join(" | ");
}

export interface ProposeActionsOptions {
  /** The date of this run (Excel serial). The core never reads the clock. */
  asOf: ExcelSerialDate;
  /** Owner and escalation roles; any left out take the article's defaults. */
  ownerRoles?: Partial<OwnerRoles>;
  /** One cadence for every new action, instead of choosing by dimension and status. */
  reviewCadence?: ReviewCadence;
  /** Carries forward before each step up the escalation roles (default 2). */
  carriesPerEscalation?: number;
}

const defaultCarriesPerEscalation = 2;
const percentagePoints = 100;

function statusPhrase(group: GroupResult, target: string): string {
  switch (group.status) {
    case "below-target":
      return `below the ${target} target`;
    case "deteriorating":
      return "getting worse: a real change for the worse, not chance";
    case "fragile":
      return `fragile: around the ${target} target but not yet consistent`;
    case "improving":
      return `improving towards the ${target} target`;
    case "embedded":
      return `meeting the ${target} target consistently`;
    case "insufficient-evidence":
      return "not yet judged: too little evidence";
  }
}

function evidenceText(group: GroupResult, analysis: AnalysisResult): string {
  // Beside the target, a value that rounds to it keeps a decimal place ("89.6%").
  const percent = (value: number) => formatPercentAgainstTarget(value, analysis.settings.target);
  const parts = [`${percent(group.mean)} over ${formatCount(group.records, "record")} (95% CI ${percent(group.lower)} to ${percent(group.upper)})`];
  if (group.latest !== null) {
    const partial = group.series.some((p) => p.partial && p.start === group.latest?.start) ? " (partial period)" : "";
    parts.push(`latest ${group.latest.label}${partial}: ${percent(group.latest.value)} from ${formatCount(group.latest.records, "record")}`);
  }
  if (group.trendPerWeek !== null) {
    const points = group.trendPerWeek * percentagePoints;
    parts.push(`trend ${points >= 0 ? "+" : "-"}${Math.abs(points).toFixed(1)} points a week`);
  }
  if (group.onTrack !== null) parts.push(`on track: ${group.onTrack}`);
  parts.push(`${formatCount(group.recentPeriodsMeetingTarget, "recent period")} at target`);
  parts.push(`service ${percent(analysis.service.mean)}`);
  if (analysis.freshness?.latestDataDate != null) parts.push(`latest data ${formatUkDate(analysis.freshness.latestDataDate)}${analysis.freshness.outOfDate ? " (out of date)" : ""}`);
  return `${parts.join("; ")}.`;
}

/**
 * The group to learn good practice from: the best other group with enough evidence, only when it does
 * better than this one in whole percentages as shown (a group level with it, or below it, has nothing
 * to teach it); otherwise one elsewhere that meets the target.
 */
function bestGroup(dimension: DimensionResult, direction: "up" | "down", group: GroupResult): string {
  const shown = (mean: number) => Math.round(mean * percentagePoints) * (direction === "up" ? 1 : -1);
  const better = dimension.groups.filter((g) => g.name !== group.name && g.status !== "insufficient-evidence" && shown(g.mean) > shown(group.mean));
  if (better.length === 0) return `a ${dimension.dimension.includes(" x ") ? "service" : dimension.label.toLowerCase()} elsewhere that meets the target`;
  return better.reduce((a, b) => (shown(b.mean) > shown(a.mean) ? b : a)).name;
}

function updateFor(analysis: AnalysisResult, dimension: DimensionResult, group: GroupResult): GroupUpdate {
  const target = formatPercent(analysis.settings.target);
  const needsAction = STATUSES_NEEDING_ACTION.includes(group.status);
  const readyToClose = group.recentPeriodsMeetingTarget >= analysis.settings.periodsToClose;
  const firstReason = group.reasons[0];
  // Reasons usually start with the group's name, which the concern has just said.
  const reason = firstReason?.startsWith(`${group.name}: `) ? firstReason.slice(group.name.length + 2) : firstReason;
  return {
    key: actionKey(analysis.title, dimension.dimension, group.name),
    audit: analysis.title,
    dimension: dimension.label,
    group: group.name,
    groupStatus: GROUP_STATUS_LABELS[group.status],
    concern: `${concernText(group, target, reason)}${group.watch ? ` ${group.watch.replace(`${group.name}: watch: `, "Watch: ")}` : ""}`,
    evidence: evidenceText(group, analysis),
    earlyWarningSigns: earlyWarningSigns(dimension.dimension, group),
    needsAction,
    readyToClose,
  };
}

/**
 * "Team B is below the 90% target: 78% overall; most of the gap is 'Risk updated' at 41% against 93%
 * for other teams. <first reason>", led by "Repeated gap" when the group's overall rate or a question
 * has been below target in each of the last periods (the article's trigger for action).
 */
function concernText(group: GroupResult, target: string, reason: string | undefined): string {
  const repeated = group.repeatedGaps ?? [];
  const lead = repeated.length === 0 ? "" : `Repeated gap (${repeated.map((gap) => (gap.question === null ? "overall" : `'${gap.question}'`)).join(", ")} below target in each of the last ${Math.min(...repeated.map((gap) => gap.periods))} periods or more): `;
  const shortfall = group.questionShortfall ? `: ${group.questionShortfall.sentence}` : ".";
  return `${lead}${group.name} is ${statusPhrase(group, target)}${shortfall}${reason === undefined ? "" : ` ${reason}`}`;
}

function actionId(sequence: number): string {
  return `ACT-${String(sequence).padStart(3, "0")}`;
}

/**
 * Proposes one action for each group whose status needs action (below target, deteriorating or
 * fragile) and has not yet met the target for the last `periodsToClose` periods, in the analysis's
 * order with repeated gaps first (reviewed fortnightly, their concern led by "Repeated gap"), with a
 * stable key, an Action ID (ACT-001...; the merge keeps an existing row's ID), the concern (with the
 * questions behind the shortfall, when the audit has question columns) and evidence in numbers, early-warning signs, a suggested action from the article's playbook,
 * owner role, review cadence, opened/due/next review dates (due and next review one cycle on), status
 * "Open" and no carries. It also describes every group, flagged or not, so the merge can refresh rows
 * and suggest "Ready to close". Pure; never throws.
 *
 * @example
 * proposeActions({ asOf: 46084, analyses: [] }, { asOf: 46084 }).actions; // => []
 */
export function proposeActions(analysis: WorkbookAnalysis, options: ProposeActionsOptions): ActionProposals {
  const ownerRoles: OwnerRoles = { ...DEFAULT_OWNER_ROLES, ...options.ownerRoles };
  const asOf = Math.floor(options.asOf);
  const updates: GroupUpdate[] = [];
  const actions: ProposedAction[] = [];
  const seen = new Set<string>();
  for (const result of analysis.analyses) {
    for (const dimension of result.dimensions) {
      for (const group of dimension.groups) {
        const update = updateFor(result, dimension, group);
        // Two analyses with the same title would give the same key: the first one wins.
        if (seen.has(update.key)) continue;
        seen.add(update.key);
        updates.push(update);
        if (!update.needsAction || update.readyToClose) continue;
        const suggestion = suggestAction(
          { dimension: dimension.dimension, status: group.status, group: group.name, best: bestGroup(dimension, result.settings.direction, group), evidenceMismatch: group.evidenceMismatch !== null },
          ownerRoles,
        );
        // A repeated gap is the article's trigger for action: reviewed at the closer cadence.
        const reviewCadence = options.reviewCadence ?? ((group.repeatedGaps ?? []).length > 0 ? "Fortnightly sampling" : suggestion.reviewCadence);
        const firstReview = nextCadenceDate(asOf, reviewCadence);
        actions.push({
          ...update,
          actionId: actionId(actions.length + 1),
          suggestedAction: suggestion.text,
          ownerRole: suggestion.ownerRole,
          reviewCadence,
          opened: asOf,
          due: firstReview,
          nextReview: firstReview,
          status: "Open",
          timesCarriedForward: 0,
          escalationLevel: NOT_ESCALATED,
          notes: "",
          lastUpdated: asOf,
        });
      }
    }
  }
  // Actions for repeated gaps come first (a stable sort keeps the analysis's order otherwise), and
  // their IDs follow that order.
  const prioritised = [...actions].sort((a, b) => Number(b.concern.startsWith("Repeated gap")) - Number(a.concern.startsWith("Repeated gap")));
  prioritised.forEach((action, index) => (action.actionId = actionId(index + 1)));
  return { asOf, ownerRoles, carriesPerEscalation: options.carriesPerEscalation ?? defaultCarriesPerEscalation, actions: prioritised, updates };
}
