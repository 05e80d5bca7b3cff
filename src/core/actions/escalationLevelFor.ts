import type { OwnerRoles } from "./ownerRoles";

/** Shown while an action has not been carried forward often enough to escalate. */
export const NOT_ESCALATED = "None";

/**
 * The escalation level for an action carried forward `carries` times: none at first, then each
 * escalation role in turn every `carriesPerEscalation` carries (the article: repeated carry-forward
 * goes to the registered manager, then provider oversight), staying at the last role.
 *
 * @example
 * escalationLevelFor(2, { lead: "Quality lead", support: "Deputy manager", escalation: ["Registered manager", "Provider oversight"] }, 2);
 * // => "Registered manager"
 */
export function escalationLevelFor(carries: number, roles: OwnerRoles, carriesPerEscalation: number): string {
  const step = Math.floor(carries / Math.max(1, carriesPerEscalation));
  if (step <= 0 || roles.escalation.length === 0) return NOT_ESCALATED;
  return roles.escalation[Math.min(step, roles.escalation.length) - 1];
}
