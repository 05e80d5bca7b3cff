import type { GroupShortfall, QuestionComparison, QuestionGroupRate, QuestionResult, ShortfallDriver } from "./beneathTheScore";
import { formatPercentAgainstTarget, formatPercentPair } from "./formatPercentAgainstTarget";
import { pluralLabel } from "./groupWords";
import type { QuestionTallies } from "./questionTallies";
import { intervalOf } from "./summariseGroup";
import { Tally } from "./tally";
import { STATUSES_NEEDING_ACTION, type DimensionResult, type ResolvedSettings } from "./types";

/** The main questions together account for at least this share of a group's shortfall... */
const mostOfTheShortfall = 0.5;
/** ...and are never more than this many, so the sentence stays readable. */
const mostMainQuestions = 3;

/** "other teams", "other shifts", "other staff groups"; "other groups" for a two-way cell. */
function otherGroupsPhrase(label: string): string {
  return label.includes(" x ") ? "other groups" : `other ${pluralLabel(label)}`;
}

function restOf(service: Tally, group: Tally): Tally {
  const rest = new Tally();
  rest.records = service.records - group.records;
  rest.passed = service.passed - group.passed;
  rest.checked = service.checked - group.checked;
  rest.scoreSum = service.scoreSum - group.scoreSum;
  rest.scoreSumOfSquares = service.scoreSumOfSquares - group.scoreSumOfSquares;
  return rest;
}

const answeredIn = (tally: Tally, poolCounts: boolean) => (poolCounts ? tally.checked : tally.records);

/**
 * The question-level comparison of every dimension: each question's (or sub-score's) rate per group
 * with its 95% interval and its gap to the rest of the service, and, for each group below target,
 * fragile or deteriorating, the questions that account for most of its shortfall (the decomposition is
 * documented on `GroupShortfall`). Groups follow each dimension's order (worst first). Pure.
 *
 * @example
 * // Team B at 78% overall, 'Risk updated' 41% against 93% for the other teams:
 * // compareQuestions(tallies, dimensions, settings)[0].shortfalls[0].main // => ["Risk updated"]
 */
export function compareQuestions(tallies: QuestionTallies, dimensions: readonly DimensionResult[], settings: Pick<ResolvedSettings, "target" | "direction">): QuestionComparison[] {
  const poolCounts = tallies.measure === "pass-rate";
  const service = tallies.service.total;
  return dimensions.map((dimension, d) => {
    const groups = tallies.dimensions[d] ?? new Map();
    const questions: QuestionResult[] = tallies.questions.map((question, q) => ({
      question,
      answered: answeredIn(service[q], poolCounts),
      serviceMean: service[q].value(poolCounts),
      groups: dimension.groups.flatMap((group): QuestionGroupRate[] => {
        const tally = groups.get(group.name)?.total[q];
        if (!tally || answeredIn(tally, poolCounts) === 0) return [];
        const mean = tally.value(poolCounts);
        const { lower, upper } = intervalOf(tally, poolCounts);
        const rest = restOf(service[q], tally);
        const restMean = answeredIn(rest, poolCounts) > 0 ? rest.value(poolCounts) : null;
        return [{ group: group.name, answered: answeredIn(tally, poolCounts), mean, lower, upper, restMean, gapToRest: restMean === null ? null : mean - restMean }];
      }),
    })).filter((question) => question.answered > 0);
    const shortfalls = dimension.groups
      .filter((group) => STATUSES_NEEDING_ACTION.includes(group.status))
      .map((group) => groupShortfall(group.name, group.mean, questions, dimension.label, settings))
      .filter((shortfall): shortfall is GroupShortfall => shortfall !== null);
    return { dimension: dimension.dimension, label: dimension.label, measure: tallies.measure, questions, shortfalls };
  });
}

/**
 * One group's shortfall, question by question: against the rest of the service where the group does
 * worse than the others on some question, else against the target. Null when there is no shortfall
 * on either basis.
 */
function groupShortfall(group: string, overall: number, questions: readonly QuestionResult[], dimensionLabel: string, settings: Pick<ResolvedSettings, "target" | "direction">): GroupShortfall | null {
  const worse = settings.direction === "up" ? 1 : -1;
  const driversAgainst = (compare: (rate: QuestionGroupRate) => number | null): ShortfallDriver[] =>
    questions.flatMap((question) => {
      const rate = question.groups.find((g) => g.group === group);
      if (!rate) return [];
      const comparedWith = compare(rate);
      if (comparedWith === null) return [];
      const missing = rate.answered * worse * (comparedWith - rate.mean);
      return missing > 0 ? [{ question: question.question, groupMean: rate.mean, comparedWith, missing, share: 0 }] : [];
    });
  let basis: GroupShortfall["basis"] = "rest-of-service";
  let drivers = driversAgainst((rate) => rate.restMean);
  if (drivers.length === 0) {
    basis = "target";
    drivers = driversAgainst(() => settings.target);
  }
  if (drivers.length === 0) return null;
  const total = drivers.reduce((sum, driver) => sum + driver.missing, 0);
  for (const driver of drivers) driver.share = driver.missing / total;
  drivers.sort((a, b) => b.missing - a.missing || a.question.localeCompare(b.question));
  const main: string[] = [];
  let covered = 0;
  for (const driver of drivers) {
    if (covered >= mostOfTheShortfall || main.length === mostMainQuestions) break;
    main.push(driver.question);
    covered += driver.share;
  }
  const against = basis === "target" ? `the ${formatPercentAgainstTarget(settings.target, settings.target)} target` : otherGroupsPhrase(dimensionLabel);
  const parts = drivers.slice(0, main.length).map((driver, index) => {
    if (basis === "target") return `'${driver.question}' at ${formatPercentAgainstTarget(driver.groupMean, settings.target)}`;
    const [rate, others] = formatPercentPair(driver.groupMean, driver.comparedWith);
    return index === 0 ? `'${driver.question}' at ${rate} against ${others} for ${against}` : `'${driver.question}' at ${rate} against ${others}`;
  });
  const listed = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  const lead = main.length === 1 && drivers.length === 1 ? "all of the gap is" : "most of the gap is";
  const sentence = basis === "target"
    ? `${formatPercentAgainstTarget(overall, settings.target)} overall; ${lead} ${listed}, against ${against} (${otherGroupsPhrase(dimensionLabel)} do no better on ${main.length === 1 ? "it" : "them"}).`
    : `${formatPercentAgainstTarget(overall, settings.target)} overall; ${lead} ${listed}.`;
  return { group, basis, drivers, main, sentence };
}
