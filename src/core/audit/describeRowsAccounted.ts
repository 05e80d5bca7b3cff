import { formatNumber } from "../values/formatCount";
import { PARTIAL_ANSWER_RULE_WORDS, PARTIAL_ANSWER_RULES, type PartialAnswerRule } from "./partialAnswerRules";
import type { RowsLeftOut } from "./types";

/** What one sheet's reading says about its rows (the fields of a source summary). */
export interface RowsAccountedFor {
  rowsRead: number;
  rowsUsed: number;
  rowsLeftOut?: readonly RowsLeftOut[];
  groupsFrom?: readonly string[];
  /** Where the weeks or months of rows without a date came from, when not from a column ("the sheet name", for one sheet per month). */
  periodsFrom?: string;
  partialAnswers?: number;
  partialRule?: string;
  /** Answers with a comment after them ("No - see notes"), read by their answer. */
  commentedAnswers?: number;
  /** How the text dates were read when not day first (see GridReadResult.datesNote). */
  datesNote?: string;
  /** The headers of the columns of RAG ratings read as answers (Green met, Amber partial, Red not met). */
  ragColumns?: readonly string[];
}

const count = formatNumber;

/** "2 blank rows" for a reason that names a row, else the reason with its count: "no score recorded (2)". */
function leftOutPhrase({ reason, count: rows }: RowsLeftOut): string {
  if (!/\brow\b/.test(reason)) return `${reason} (${count(rows)})`;
  return `${count(rows)} ${rows === 1 ? reason : reason.replace(/\brow\b/, "rows")}`;
}

/**
 * Where every row read went, in sentences a quality lead reads: the rows read, used and left out with
 * each reason and its count; where the groups came from when not from a column; how RAG ratings were
 * read; how many partial answers there were and how they counted; how many answers had a comment
 * after them and were read by the answer before it. The first sentence always holds (read = used + left out).
 * Used by the command line and the Assurance Summary. Never throws.
 *
 * @example
 * describeRowsAccounted({ rowsRead: 40, rowsUsed: 37, rowsLeftOut: [{ reason: "totals or average row", count: 2 }, { reason: "blank row", count: 1 }] });
 * // => ["40 rows read: 37 used, 3 left out (2 totals or average rows; 1 blank row)."]
 */
export function describeRowsAccounted(source: RowsAccountedFor): string[] {
  const leftOut = Array.isArray(source.rowsLeftOut) ? source.rowsLeftOut : [];
  // Read = used + left out by definition; the reasons account for the rows left out when the reader gives them.
  const leftOutCount = Math.max(0, source.rowsRead - source.rowsUsed);
  const reasons = leftOut.map(leftOutPhrase).join("; ");
  const lines = [`${count(source.rowsRead)} row${source.rowsRead === 1 ? "" : "s"} read: ${count(source.rowsUsed)} used, ${count(leftOutCount)} left out${reasons ? ` (${reasons})` : ""}.`];
  for (const from of source.groupsFrom ?? []) lines.push(`Groups from ${from}.`);
  if (typeof source.periodsFrom === "string") lines.push(`Weeks or months from ${source.periodsFrom}.`);
  if (typeof source.datesNote === "string" && source.datesNote !== "") lines.push(`${source.datesNote[0].toUpperCase()}${source.datesNote.slice(1)}.`);
  const partials = source.partialAnswers ?? 0;
  const rule = (PARTIAL_ANSWER_RULES as readonly unknown[]).includes(source.partialRule) ? (source.partialRule as PartialAnswerRule) : "not-met";
  const rag = Array.isArray(source.ragColumns) ? source.ragColumns : [];
  if (rag.length > 0) {
    const columns = rag.map((header) => `"${header}"`).join(", ");
    lines.push(`RAG rating (column${rag.length === 1 ? "" : "s"} ${columns}): Green counted as met, Amber as partial (${PARTIAL_ANSWER_RULE_WORDS[rule].replace(/^counted as /, "")}), Red as not met.`);
  }
  if (partials > 0) {
    const examples = rag.length > 0 ? 'Amber, "Partial", "Partly" ...' : '"Partial", "Partly", "Some" ...';
    lines.push(`${count(partials)} partial answer${partials === 1 ? "" : "s"} (${examples}) ${PARTIAL_ANSWER_RULE_WORDS[rule]}.`);
  }
  const commented = typeof source.commentedAnswers === "number" ? source.commentedAnswers : 0;
  if (commented > 0) {
    // The comment is not read: a "Yes - but not signed" stays a Yes, so say how they were read.
    const had = commented === 1 ? "answer had a comment after it" : "answers had a comment after them";
    lines.push(`${count(commented)} ${had}, read by the answer before the comment ("No - see notes" as No); a comment that changes its answer ("Yes - but not signed") is not read, so check those by hand.`);
  }
  return lines;
}

/**
 * The heading over the problems met in reading, each of which names its sheet, row and column: most
 * are cells blank where a value is needed or not readable, some are parts of a sheet set aside (a
 * second table below the first, a value above its scale), so the heading names neither alone.
 *
 * @example
 * readProblemsHeading(1); // => "1 problem in reading: a cell blank where a value is needed or not readable, or part of a sheet not read"
 */
export function readProblemsHeading(problems: number): string {
  return `${count(problems)} problem${problems === 1 ? "" : "s"} in reading: a cell blank where a value is needed or not readable, or part of a sheet not read`;
}
