// The Action Tracker's data: what proposeActions suggests for each group, and the merged table that
// buildActionTrackerSheet writes. Dates are Excel serials; nothing here holds a person's name.
import type { ExcelSerialDate } from "../values";
import type { ActionStatus } from "./actionStatuses";
import type { OwnerRoles } from "./ownerRoles";
import type { ReviewCadence } from "./reviewCadences";

/** A value in a tracker cell: text, a number, a boolean, a date, or empty. */
export type TrackerValue = string | number | boolean | null | { serialDate: ExcelSerialDate };

/** What the latest analysis says about one group, for refreshing its row whether or not it is flagged. */
export interface GroupUpdate {
  key: string;
  /** The analysis title ("Care record audits"). */
  audit: string;
  /** The dimension as users read it ("Team", "Staff group"). */
  dimension: string;
  group: string;
  /** The group's status label ("Below target"). */
  groupStatus: string;
  concern: string;
  evidence: string;
  /** The signs to watch for, from the article, and what the data shows now. */
  earlyWarningSigns: string;
  /** The group's status is one that needs action (below target, deteriorating, fragile). */
  needsAction: boolean;
  /** The group has met the target for the last `periodsToClose` periods. */
  readyToClose: boolean;
}

/** A new action for a group that needs one. */
export interface ProposedAction extends GroupUpdate {
  actionId: string;
  suggestedAction: string;
  ownerRole: string;
  reviewCadence: ReviewCadence;
  opened: ExcelSerialDate;
  due: ExcelSerialDate;
  nextReview: ExcelSerialDate;
  status: ActionStatus;
  timesCarriedForward: number;
  escalationLevel: string;
  notes: string;
  lastUpdated: ExcelSerialDate;
}

/** Everything the merge needs from one analysis run. */
export interface ActionProposals {
  asOf: ExcelSerialDate;
  ownerRoles: OwnerRoles;
  /** Carries forward before each step up the escalation roles. */
  carriesPerEscalation: number;
  /** One per group needing action, in the analysis's order (worst first within each dimension). */
  actions: ProposedAction[];
  /** Every group of every analysis, flagged or not. */
  updates: GroupUpdate[];
}

/** One action as the tracker holds it after the merge, for the Assurance Summary. */
export interface TrackedAction {
  /** Null for a row a user added by hand. */
  key: string | null;
  actionId: string;
  audit: string;
  dimension: string;
  group: string;
  action: string;
  ownerRole: string;
  due: ExcelSerialDate | null;
  nextReview: ExcelSerialDate | null;
  /** As typed: usually one of ACTION_STATUSES. */
  status: string;
  timesCarriedForward: number;
  escalationLevel: string;
}

/** The Action Tracker as it will be written: the header (ours and the user's columns) and the rows. */
export interface ActionTrackerTable {
  /** Rows a user put above the header; written back above it. */
  preamble: TrackerValue[][];
  header: string[];
  rows: TrackerValue[][];
  /** The actions of those rows, ours and hand-added, in row order. */
  actions: TrackedAction[];
  /** Where the rows sit on the sheet read, for editing it in place (absent for a table built from nothing). */
  placement?: TrackerPlacement;
  /** Group keys that need action and are in the tracker, or were dismissed by deleting their row. */
  issuedKeys?: string[];
  /** Group keys whose action the user dismissed by deleting its row; not added again. */
  dismissedKeys?: string[];
}

/** Where a merged Action Tracker's rows and our columns sit on the sheet it was read from. */
export interface TrackerPlacement {
  /** 1-based sheet row of the header, or null when the sheet had none. */
  headerRow: number | null;
  /** For each of `rows`, its 1-based sheet row, or null for a row this run adds. */
  sheetRows: (number | null)[];
  /** Each of our columns' 0-based position in `header`. */
  columns: Record<string, number>;
  /** Our columns the sheet lacked, appended to the header this run. */
  addedColumns: string[];
}
