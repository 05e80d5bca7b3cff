/**
 * Who decides a column's contents on a re-run:
 * - `identity`: which group the row is about; written once, kept (filled only when blank).
 * - `evidence`: refreshed from the latest analysis every run.
 * - `user`: what people type (the action, owner, dates, status, notes); kept, except that an overdue
 *   action's due date moves on when it is carried forward and "Ready to close" may be suggested.
 * - `tracking`: kept by the add-in (carry-forward count, escalation, last updated).
 */
export type ActionColumnKind = "identity" | "evidence" | "user" | "tracking";

/** What a column holds, so renderers can format it. */
export type ActionColumnFormat = "text" | "wrapped" | "date" | "count";

export interface ActionColumn {
  id: string;
  header: string;
  kind: ActionColumnKind;
  format: ActionColumnFormat;
  width: number;
  hidden: boolean;
}

/**
 * The Action Tracker's columns, in the order a new tracker has them. Columns are found by header on a
 * re-run, so users may move them or add their own between them.
 *
 * @example
 * ACTION_TRACKER_COLUMNS.map((c) => c.header).slice(0, 3); // => ["Action ID", "Audit", "Compared by"]
 */
export const ACTION_TRACKER_COLUMNS = [
  { id: "actionId", header: "Action ID", kind: "identity", format: "text", width: 10, hidden: false },
  { id: "audit", header: "Audit", kind: "identity", format: "text", width: 22, hidden: false },
  { id: "dimension", header: "Compared by", kind: "identity", format: "text", width: 13, hidden: false },
  { id: "group", header: "Group", kind: "identity", format: "text", width: 18, hidden: false },
  { id: "groupStatus", header: "Group status", kind: "evidence", format: "text", width: 15, hidden: false },
  { id: "concern", header: "Concern", kind: "evidence", format: "wrapped", width: 40, hidden: false },
  { id: "evidence", header: "Evidence", kind: "evidence", format: "wrapped", width: 50, hidden: false },
  { id: "earlyWarningSigns", header: "Early warning signs", kind: "evidence", format: "wrapped", width: 40, hidden: false },
  { id: "suggestedAction", header: "Suggested action", kind: "user", format: "wrapped", width: 55, hidden: false },
  { id: "ownerRole", header: "Owner role", kind: "user", format: "text", width: 18, hidden: false },
  { id: "reviewCadence", header: "Review cadence", kind: "user", format: "text", width: 20, hidden: false },
  { id: "opened", header: "Opened", kind: "user", format: "date", width: 12, hidden: false },
  { id: "due", header: "Due", kind: "user", format: "date", width: 12, hidden: false },
  { id: "nextReview", header: "Next review", kind: "user", format: "date", width: 12, hidden: false },
  { id: "status", header: "Status", kind: "user", format: "text", width: 15, hidden: false },
  { id: "timesCarriedForward", header: "Times carried forward", kind: "tracking", format: "count", width: 11, hidden: false },
  { id: "escalationLevel", header: "Escalation level", kind: "tracking", format: "wrapped", width: 24, hidden: false },
  { id: "notes", header: "Notes", kind: "user", format: "wrapped", width: 40, hidden: false },
  { id: "lastUpdated", header: "Last updated", kind: "tracking", format: "date", width: 12, hidden: false },
  // The stable key that matches the row to its group on the next run; hidden because nobody reads it.
  { id: "key", header: "Key", kind: "identity", format: "text", width: 30, hidden: true },
] as const satisfies readonly ActionColumn[];

/** The id of one of our Action Tracker columns. */
export type ActionColumnId = (typeof ACTION_TRACKER_COLUMNS)[number]["id"];
