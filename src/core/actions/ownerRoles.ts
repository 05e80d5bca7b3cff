/** Who owns and who oversees actions. Every role is a job title, never a person's name. */
export interface OwnerRoles {
  /** Owns most actions: sampling, focused audits, comparing practice. */
  lead: string;
  /** Owns actions about handover, workload and rotas. */
  support: string;
  /** Escalation in order: the first after enough carries forward, then the next. */
  escalation: readonly string[];
}

/**
 * The article's roles: the quality lead samples and audits, the deputy manager reviews handover and
 * workload, and repeated carry-forward goes to the registered manager and then provider oversight.
 *
 * @example
 * DEFAULT_OWNER_ROLES.escalation[1]; // => "Provider oversight (nominated individual)"
 */
export const DEFAULT_OWNER_ROLES: OwnerRoles = {
  lead: "Quality lead",
  support: "Deputy manager",
  escalation: ["Registered manager", "Provider oversight (nominated individual)"],
};
