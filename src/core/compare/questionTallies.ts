import { Tally } from "./tally";

/** One group's totals for each question, overall and per period (index = question). */
export interface GroupQuestionTallies {
  total: Tally[];
  periods: Map<number, Tally[]>;
}

/** Question totals of the service and of every group of every dimension. */
export interface QuestionTallies {
  /** How a question is measured: Yes / (Yes + No), or the mean of a sub-score. */
  measure: "pass-rate" | "score";
  questions: readonly string[];
  service: GroupQuestionTallies;
  /** One map per dimension key, in the analysis's order: group name -> tallies. */
  dimensions: Map<string, GroupQuestionTallies>[];
}

/** What `questionTallies` reads from each record. */
export interface QuestionRecord {
  /** One value per question, aligned with `questions`: 1 Yes, 0 No, a proportion for a sub-score, NaN unanswered. */
  answers?: readonly number[];
  groups: Record<string, string>;
}

const emptyTallies = (count: number): Tally[] => Array.from({ length: count }, () => new Tally());

/**
 * Totals each question's answers for the service and for every group of every dimension, overall and
 * per period, in one pass. A question answer counts as one item checked (Yes passes it); a sub-score
 * counts as one score. Records without answers are skipped. Pure.
 *
 * @param periodKeys the period of each record, aligned with `records`
 * @param groupName the group a record belongs to in a dimension, or undefined
 * @example
 * const t = questionTallies([{ answers: [1, 0], groups: { team: "A" } }], [0], ["team"], (g, d) => g[d], ["Q1", "Q2"], "pass-rate");
 * t.dimensions[0].get("A")!.total[0].passed; // => 1
 */
export function questionTallies(
  records: readonly QuestionRecord[],
  periodKeys: ArrayLike<number>,
  dimensionKeys: readonly string[],
  groupName: (groups: Record<string, string>, dimension: string) => string | undefined,
  questions: readonly string[],
  measure: "pass-rate" | "score",
): QuestionTallies {
  const count = questions.length;
  const service: GroupQuestionTallies = { total: emptyTallies(count), periods: new Map() };
  const dimensions = dimensionKeys.map(() => new Map<string, GroupQuestionTallies>());
  // Only the period tallies are added to record by record; each total is their sum, taken once at the end.
  const add = (target: GroupQuestionTallies, key: number, answers: readonly number[]) => {
    let period = target.periods.get(key);
    if (!period) target.periods.set(key, (period = emptyTallies(count)));
    for (let q = 0; q < count; q++) {
      const answer = answers[q];
      if (answer === undefined || !Number.isFinite(answer)) continue;
      if (measure === "pass-rate") period[q].add(answer, 1, answer);
      else period[q].add(0, 0, answer);
    }
  };
  const total = (target: GroupQuestionTallies) => {
    for (const period of target.periods.values()) for (let q = 0; q < count; q++) target.total[q].merge(period[q]);
  };
  for (let i = 0; i < records.length; i++) {
    const answers = records[i].answers;
    if (answers === undefined) continue;
    const key = periodKeys[i];
    add(service, key, answers);
    for (let d = 0; d < dimensionKeys.length; d++) {
      const name = groupName(records[i].groups, dimensionKeys[d]);
      if (name === undefined) continue;
      let group = dimensions[d].get(name);
      if (!group) dimensions[d].set(name, (group = { total: emptyTallies(count), periods: new Map() }));
      add(group, key, answers);
    }
  }
  total(service);
  for (const groups of dimensions) for (const group of groups.values()) total(group);
  return { measure, questions, service, dimensions };
}
