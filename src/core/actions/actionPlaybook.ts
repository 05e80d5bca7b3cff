/**
 * The article's practical responses, as sentences with `{group}` and `{best}` placeholders. `owner`
 * says whose job it is in the article: the quality lead ("lead") or the deputy manager ("support").
 * Data, not code: a provider can reword them without touching the logic that chooses them.
 *
 * @example
 * ACTION_PLAYBOOK.map((p) => p.id);
 * // => ["compare-good-practice", "review-handover-workload", "targeted-supervision", "focused-audits", "scenario-checks", "review-evidence-gathering", "compare-evidence-sources"]
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
  // For an evidence source (people's feedback, observations...): the source is not a person to supervise.
  {
    id: "review-evidence-gathering",
    owner: "lead",
    text: "Review how {group} is gathered and compared with records: who collects it, how often, from whom, and whether what it shows is followed up in care records; agree the changes and record them in the communication log.",
  },
  {
    id: "compare-evidence-sources",
    owner: "lead",
    text: "Set {group} beside the other evidence for the same weeks to find where they disagree, and agree with the registered manager what will close the gap.",
  },
] as const;

/** One playbook response. */
export type PlaybookEntry = (typeof ACTION_PLAYBOOK)[number];
/** The id of one playbook response. */
export type PlaybookId = PlaybookEntry["id"];
