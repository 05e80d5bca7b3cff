/**
 * The article's practical responses, as sentences with `{group}` and `{best}` placeholders. `owner`
 * says whose job it is in the article: the quality lead ("lead") or the deputy manager ("support").
 * Data, not code: a provider can reword them without touching the logic that chooses them.
 *
 * @example
 * ACTION_PLAYBOOK.map((p) => p.id);
 * // => ["compare-good-practice", "review-handover-workload", "targeted-supervision", "focused-audits", "scenario-checks"]
 */
export const ACTION_PLAYBOOK = [
  {
    id: "compare-good-practice",
    owner: "lead",
    text: "Compare examples of good practice from {best} with {group}, agree the standard, and record the learning points in the communication log.",
  },
  {
    id: "review-handover-workload",
    owner: "support",
    text: "Review handover and workload arrangements for {group} to understand the barriers, and record the causes and support needed.",
  },
  {
    id: "targeted-supervision",
    owner: "lead",
    text: "Targeted supervision for {group}: go through recent records together and agree learning actions in supervision notes.",
  },
  {
    id: "focused-audits",
    owner: "lead",
    text: "Focused audits of {group} after support, recording whether records, feedback response and practice are becoming consistent.",
  },
  {
    id: "scenario-checks",
    owner: "lead",
    text: "Scenario checks with {group} on thresholds and reporting routes during supervision, then audit new records to see whether confidence has improved.",
  },
] as const;

/** One playbook response. */
export type PlaybookEntry = (typeof ACTION_PLAYBOOK)[number];
/** The id of one playbook response. */
export type PlaybookId = PlaybookEntry["id"];
