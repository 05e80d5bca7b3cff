import type { ColumnRole } from "./types";

/**
 * Each column role in words, to finish a sentence such as 'The header "Team" names ...'.
 *
 * @example
 * COLUMN_ROLE_WORDS.staffGroup; // => "a staff group"
 */
export const COLUMN_ROLE_WORDS: Readonly<Record<ColumnRole, string>> = {
  date: "a date",
  period: "a week or month",
  team: "a team",
  shift: "a shift",
  location: "a location",
  staffGroup: "a staff group",
  auditType: "an audit type",
  source: "an evidence source",
  score: "a score",
  passed: "a count of checks passed",
  checked: "a count of checks made",
  item: "a Yes/No/N/A question",
  recordId: "a record or person (never copied)",
  auditor: "the auditor (never copied)",
  staff: "a member of staff (never copied)",
  comments: "free text (never copied)",
  ignore: "something the comparison does not use",
};
