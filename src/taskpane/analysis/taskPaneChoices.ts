import { z } from "zod";
import { COLUMN_ROLES, PARTIAL_ANSWER_RULES } from "../../core/audit";
import { DEFAULT_OWNER_ROLES } from "../../core/actions/ownerRoles";

const mappingEntry = z.object({
  index: z.number().int().min(0),
  header: z.string(),
  role: z.enum(COLUMN_ROLES),
  confidence: z.number(),
  reason: z.string(),
});

/**
 * What the quality lead chose in the task pane, saved in the workbook so the next opening remembers
 * it. Every field has a default, so choices saved by an older version (or edited by hand) still load.
 */
const taskPaneChoicesSchema = z.object({
  version: z.literal(1).catch(1),
  /** Sheet or table names chosen as audit data. */
  sources: z.array(z.string()).catch([]),
  /** Column roles the user corrected, by table or sheet name. */
  mappings: z.record(z.string(), z.array(mappingEntry)).catch({}),
  /** Read chosen sheets that share their columns as one audit, the sheet name as the group. */
  sheetsAsGroups: z.boolean().catch(false),
  /** How partial answers ("Partial", "Partly", "Some") count: not met (default), half, or left out. */
  partialAnswers: z.enum(PARTIAL_ANSWER_RULES).catch("not-met"),
  targetPercent: z.number().min(0).max(100).catch(90),
  /** A different target (%) for particular audits, by table or sheet name ("SafeguardingChecks": 95). */
  targetsBySource: z.record(z.string(), z.number()).catch({}),
  /** A different number of weeks for particular audits, by table or sheet name ("SafeguardingChecks": 10). */
  weeksBySource: z.record(z.string(), z.number()).catch({}),
  /** A deadline of its own for particular audits, as typed (dd/mm/yyyy), by table or sheet name ("Location recovery": "05/04/2026"). */
  deadlinesBySource: z.record(z.string(), z.string()).catch({}),
  /** dd/mm/yyyy: the date the recovery plan started; SPC limits come from then on. Blank for none. */
  recoveryStart: z.string().catch(""),
  direction: z.enum(["up", "down"]).catch("up"),
  /** Dimensions to compare by; null means every grouping column found. */
  dimensions: z.array(z.string()).nullable().catch(null),
  teamByShift: z.boolean().catch(false),
  period: z.enum(["auto", "week", "fortnight", "month"]).catch("auto"),
  // The article's recovery goals run "within twelve weeks": a deadline by default, so trends are judged against it.
  deadlineKind: z.enum(["none", "date", "weeks"]).catch("weeks"),
  /** dd/mm/yyyy */
  deadline: z.string().catch(""),
  weeks: z.number().int().min(1).max(520).catch(12),
  ownerRoles: z
    .object({ lead: z.string(), support: z.string(), escalation: z.array(z.string()) })
    .catch({ lead: DEFAULT_OWNER_ROLES.lead, support: DEFAULT_OWNER_ROLES.support, escalation: [...DEFAULT_OWNER_ROLES.escalation] }),
});

export type TaskPaneChoices = z.infer<typeof taskPaneChoicesSchema>;

/** The choices of a first opening. */
export const DEFAULT_CHOICES: TaskPaneChoices = taskPaneChoicesSchema.parse({});

/** Saved choices, or the defaults for anything missing or unreadable. */
export function readChoices(saved: unknown): TaskPaneChoices {
  return taskPaneChoicesSchema.parse(typeof saved === "object" && saved !== null ? saved : {});
}
