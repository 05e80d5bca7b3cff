import { formatCount } from "../values/formatCount";
import { formatPercent } from "./formatPercent";
import { formatPercentAgainstTarget } from "./formatPercentAgainstTarget";
import { pluralLabel } from "./groupWords";
import { targetTolerance } from "./summariseGroup";
import { intervalOf, type GroupTallies, type SummaryContext } from "./summariseGroup";
import type { DimensionResult, HiddenGroup, ServiceResult } from "./types";

/**
 * The service as a whole: its pooled level and interval, whether its average hides groups that do
 * not meet the target, the widest gap between groups, the consistency goal, and one headline sentence
 * ("Service average 91% hides Team B at 78%").
 */
export function summariseService(service: GroupTallies, context: SummaryContext, dimensions: DimensionResult[]): ServiceResult {
  const { settings, poolCounts } = context;
  const meets = (v: number) => (settings.direction === "up" ? v >= settings.target - targetTolerance : v <= settings.target + targetTolerance);
  // Beside the target, a value that rounds to it shows a decimal place ("89.6%", never "90%" below a 90% target).
  const percent = (v: number) => formatPercentAgainstTarget(v, settings.target);
  const targetText = formatPercent(settings.target, Math.round(settings.target * 100) === settings.target * 100 ? 0 : 1);
  const mean = service.total.value(poolCounts);
  const { lower, upper } = intervalOf(service.total, poolCounts);
  const meetsTarget = service.total.records > 0 && meets(mean);
  const judged = dimensions.flatMap((d) => d.groups.filter((g) => g.status !== "insufficient-evidence").map((g) => ({ dimension: d.dimension, group: g })));
  // A grouping's only group is the service itself: never "hidden" by the service's average, nor its "lowest".
  const comparedDimensions = new Set(dimensions.filter((d) => d.groups.length > 1).map((d) => d.dimension));
  const notMeeting = judged.filter(({ dimension, group }) => !meets(group.mean) && comparedDimensions.has(dimension));
  notMeeting.sort((a, b) => (settings.direction === "up" ? a.group.mean - b.group.mean : b.group.mean - a.group.mean));
  const hiddenGroups: HiddenGroup[] = meetsTarget ? notMeeting.map(({ dimension, group }) => ({ dimension, name: group.name, mean: group.mean })) : [];
  const widest = dimensions.reduce<DimensionResult | null>((best, d) => (best === null || d.gap > best.gap ? d : best), null);
  const belowTarget = [...new Set(judged.filter(({ group }) => group.status === "below-target" || group.status === "deteriorating").map(({ group }) => group.name))];
  // "Every group" claims need at least one group judged: over none they would be vacuously true
  // (three teams of one record each do not "meet the target consistently").
  const everyGroupAtTarget = judged.length > 0 && notMeeting.length === 0 && judged.every(({ group }) => group.status === "embedded");
  const consistencyGoalMet = meetsTarget && everyGroupAtTarget && (settings.maximumGap === null || (widest?.gap ?? 0) <= settings.maximumGap);

  const serviceSeries = [...service.periods.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, tally]) => ({ start, label: context.periodLabels.get(start) ?? String(start), records: tally.records, value: tally.value(poolCounts) }));

  let headline: string;
  const missed = settings.direction === "up" ? "is below" : "is above";
  const named = (groups: { name: string; mean: number }[]) => {
    const shown = groups.slice(0, 3).map((g) => `${g.name} at ${percent(g.mean)}`);
    const more = groups.length > 3 ? ` and ${groups.length - 3} more` : "";
    return shown.length > 1 ? `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}${more}` : `${shown[0]}${more}`;
  };
  if (service.total.records === 0) headline = "No audit evidence could be read.";
  else if (judged.length === 0) {
    // No group has enough evidence to be judged: say so plainly, and claim nothing about "every group".
    const shown = dimensions.find((d) => d.groups.length > 0);
    const standing = `the service average ${percent(mean)} over ${formatCount(service.total.records, "record")} ${meetsTarget ? "meets" : "does not meet"} the ${targetText} target`;
    if (shown) {
      const many = shown.groups.length > 1;
      const which = many ? `all ${shown.groups.length} ${pluralLabel(shown.label)} have` : `its one ${shown.label.toLowerCase()} has`;
      headline = `Not enough evidence to judge any ${shown.label.toLowerCase()} yet: ${which} too few records or complete periods; ${standing}.`;
    } else if (meetsTarget) headline = `Service average ${percent(mean)} meets the ${targetText} target; there are no groups to compare.`;
    else headline = `Service average ${percent(mean)} ${missed} the ${targetText} target.`;
  }
  else if (hiddenGroups.length) headline = `Service average ${percent(mean)} hides ${named(dedupe(hiddenGroups))}.`;
  else if (!meetsTarget) {
    // Name the lowest groups of the first dimension compared (the locations of a location tracker),
    // rather than mixing locations with evidence sources.
    // They are named as that dimension's ("lowest shifts: ..."), so that a lower group of another
    // dimension (a staff group at 81% beside a night shift at 86%) is not called higher than the lowest.
    const main = notMeeting.filter((n) => n.dimension === dimensions[0]?.dimension);
    const lowest = dedupe((main.length ? main : notMeeting).map((n) => n.group));
    // With fewer as better (an error rate) the service is above its target and the worst are the highest.
    const worst = settings.direction === "up" ? "lowest" : "highest";
    const which = main.length && dimensions.length > 1 ? `${worst} ${pluralLabel(dimensions[0].label)}` : worst;
    headline = `Service average ${percent(mean)} ${missed} the ${targetText} target${lowest.length ? `; ${which}: ${named(lowest)}` : ""}.`;
  }
  else if (consistencyGoalMet) headline = `Service average ${percent(mean)}, and every group meets the ${targetText} target consistently.`;
  else headline = `Service average ${percent(mean)} meets the ${targetText} target; no group's average is below it, but not every group is embedded yet.`;

  return {
    records: service.total.records,
    mean,
    lower,
    upper,
    target: settings.target,
    meetsTarget,
    hiddenByAverage: hiddenGroups.length > 0,
    hiddenGroups,
    gap: widest?.gap ?? 0,
    gapDimension: widest?.dimension ?? null,
    belowTarget,
    consistencyGoalMet,
    series: serviceSeries,
    headline,
  };
}

/** The same group name can appear in two dimensions (a two-way cell repeats a team): name it once. */
function dedupe<T extends { name: string }>(groups: T[]): T[] {
  const seen = new Set<string>();
  return groups.filter((g) => (seen.has(g.name) ? false : (seen.add(g.name), true)));
}
