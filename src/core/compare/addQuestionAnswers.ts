import type { QuestionSet } from "./analyseBeneathTheScore";
import type { CompareRecord } from "./compareRecord";

/**
 * Gives each record of one grid its answers, aligned with the question names of the record set it
 * joins. Grids of one analysis (the same audit from several files) share questions by header,
 * ignoring case; a question only some grids have is unanswered (NaN) in the others. A grid with no
 * question answers, or measured differently from the set's questions (Yes/No beside sub-scores),
 * leaves the set without a question comparison rather than mixing the two. Mutates the set and the
 * records: it is called once per grid as the records are gathered.
 *
 * @example
 * const set: { questions?: QuestionSet | null } = {};
 * addQuestionAnswers(set, [record], { measure: "pass-rate", questions: ["Q1", "Q2"], answers: [[1, 0]] });
 * set.questions?.names; // => ["Q1", "Q2"]
 */
export function addQuestionAnswers(
  set: { questions?: QuestionSet | null },
  records: CompareRecord[],
  read: { measure: "pass-rate" | "score"; questions: readonly string[]; answers: readonly (readonly number[])[] } | null,
): void {
  if (set.questions === null) return;
  const first = set.questions === undefined;
  if (read === null || (!first && set.questions!.measure !== read.measure)) {
    set.questions = null;
    return;
  }
  const names = first ? [] : [...set.questions!.names];
  const positions = read.questions.map((question) => {
    const at = names.findIndex((name) => name.trim().toLowerCase() === question.trim().toLowerCase());
    if (at >= 0) return at;
    names.push(question);
    return names.length - 1;
  });
  set.questions = { names, measure: read.measure };
  const aligned = positions.every((position, q) => position === q) && positions.length === names.length;
  records.forEach((record, i) => {
    // Already in the set's order (always so for the first grid): no copy, a million records cost less.
    if (aligned && read.answers[i] !== undefined) {
      record.answers = read.answers[i];
      return;
    }
    const answers = new Array<number>(names.length).fill(Number.NaN);
    const given = read.answers[i] ?? [];
    positions.forEach((position, q) => {
      answers[position] = given[q] ?? Number.NaN;
    });
    record.answers = answers;
  });
}
