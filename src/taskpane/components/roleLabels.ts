import type { ColumnRole } from "../../core/audit";

/** Each column role as the Source step's dropdown offers it, in the order offered. */
export const ROLE_LABELS: readonly { role: ColumnRole; label: string }[] = [
  { role: "date", label: "Date" },
  { role: "period", label: "Week or month" },
  { role: "team", label: "Team" },
  { role: "shift", label: "Shift" },
  { role: "location", label: "Location" },
  { role: "staffGroup", label: "Staff group" },
  { role: "auditType", label: "Audit type" },
  { role: "source", label: "Evidence source" },
  { role: "score", label: "Score" },
  { role: "passed", label: "Checks passed" },
  { role: "checked", label: "Checks made" },
  { role: "item", label: "Yes/No question" },
  { role: "recordId", label: "Record or person ID (never copied)" },
  { role: "auditor", label: "Auditor (never copied)" },
  { role: "staff", label: "Staff name (never copied)" },
  { role: "comments", label: "Comments (never copied)" },
  { role: "ignore", label: "Not used" },
];

/** The label of a role. */
export function roleLabel(role: ColumnRole): string {
  return ROLE_LABELS.find((entry) => entry.role === role)?.label ?? role;
}
