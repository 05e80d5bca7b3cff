import type { GroupStatus } from "../compare/types";
import { ACTION_PLAYBOOK, type PlaybookEntry, type PlaybookId } from "./actionPlaybook";
import type { OwnerRoles } from "./ownerRoles";
import type { ReviewCadence } from "./reviewCadences";

/** What a group needing action should get first, by what it is compared by and how it is doing. */
function chooseResponses(dimension: string, status: GroupStatus, evidenceMismatch: boolean): PlaybookId[] {
  const first = dimension.split(" x ")[0];
  const worsening = status === "below-target" || status === "deteriorating";
  let responses: PlaybookId[];
  switch (first) {
    case "team":
      responses = status === "deteriorating" ? ["targeted-supervision", "review-handover-workload"] : worsening ? ["review-handover-workload", "compare-good-practice"] : ["compare-good-practice", "focused-audits"];
      break;
    case "shift":
      responses = worsening ? ["review-handover-workload", "scenario-checks"] : ["scenario-checks", "focused-audits"];
      break;
    case "staffGroup":
      responses = worsening ? ["scenario-checks", "targeted-supervision"] : ["scenario-checks", "focused-audits"];
      break;
    case "location":
      responses = ["focused-audits", "compare-good-practice"];
      break;
    case "source":
      // An evidence source gets an evidence action: how it is gathered and how it compares with records.
      responses = ["review-evidence-gathering", "compare-evidence-sources"];
      break;
    default:
      responses = worsening ? ["focused-audits", "targeted-supervision"] : ["focused-audits"];
  }
  // "People's feedback not matching records": audit the records against the feedback first.
  if (evidenceMismatch && first !== "source" && responses[0] !== "focused-audits") responses = ["focused-audits", ...responses.filter((r) => r !== "focused-audits")];
  return responses;
}

export interface SuggestedAction {
  text: string;
  ownerRole: string;
  reviewCadence: ReviewCadence;
}

/**
 * The suggested action for a group, from the article's playbook: teams get handover and workload
 * review and a comparison with good practice, shifts and staff groups get scenario checks and targeted
 * supervision, locations get focused audits and shared learning, and an evidence source (people's
 * feedback, observations) gets a review of how it is gathered and compared with records, never the
 * supervision of a person. The owner is the role the article
 * gives that step; the cadence is fortnightly sampling during recovery, monthly for locations and for
 * fragile groups. `best` names the strongest group to learn from.
 *
 * @example
 * suggestAction({ dimension: "team", status: "below-target", group: "Team B", best: "Team A", evidenceMismatch: false }).ownerRole;
 * // => "Deputy manager"
 */
export function suggestAction(
  input: { dimension: string; status: GroupStatus; group: string; best: string; evidenceMismatch: boolean },
  roles: OwnerRoles = { lead: "Quality lead", support: "Deputy manager", escalation: [] },
): SuggestedAction {
  const responses = chooseResponses(input.dimension, input.status, input.evidenceMismatch).map(
    (id) => ACTION_PLAYBOOK.find((entry) => entry.id === id) as PlaybookEntry,
  );
  const text = responses.map((entry) => entry.text.replace(/\{group\}/g, input.group).replace(/\{best\}/g, input.best)).join(" ");
  const ownerRole = responses[0].owner === "support" ? roles.support : roles.lead;
  const monthly = input.dimension.split(" x ")[0] === "location" || input.status === "fragile";
  return { text, ownerRole, reviewCadence: monthly ? "Monthly review" : "Fortnightly sampling" };
}
