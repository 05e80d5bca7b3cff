import { isBlank, type CellValue, type ExcelSerialDate } from "../values";
import { ACTION_STATUSES, type ActionStatus } from "./actionStatuses";
import { ACTION_TRACKER_COLUMNS, type ActionColumnId } from "./actionTrackerColumns";
import { escalationLevelFor, NOT_ESCALATED } from "./escalationLevelFor";
import { nextCadenceDate } from "./nextCadenceDate";
import { toTrackerValue } from "./toTrackerValue";
import { trackerText } from "./trackerText";
import type { ActionProposals, ActionTrackerTable, GroupUpdate, ProposedAction, TrackedAction, TrackerValue } from "./types";

const followOnMarker = " | follow-on ";
const actionIdPattern = /^ACT-(\d+)$/i;
const actionIdDigits = 3;
const dateColumns: ReadonlySet<ActionColumnId> = new Set(ACTION_TRACKER_COLUMNS.filter((c) => c.format === "date").map((c) => c.id));
const defaultCadence = "Fortnightly sampling";

type Row = TrackerValue[];

function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every(isBlank);
}

function canonicalStatus(text: string): ActionStatus | null {
  const lower = text.trim().toLowerCase();
  return ACTION_STATUSES.find((s) => s.toLowerCase() === lower) ?? null;
}

function baseKeyOf(key: string): string {
  const at = key.indexOf(followOnMarker);
  return at < 0 ? key : key.slice(0, at);
}

function formatActionId(sequence: number): string {
  return `ACT-${String(sequence).padStart(actionIdDigits, "0")}`;
}

/** Reads where each of our columns sits in the user's header and where missing ones will go. */
class Layout {
  readonly header: string[];
  private readonly position = new Map<ActionColumnId, number>();
  /** Our columns the existing sheet lacked: appended at the end, filled for every recognised row. */
  readonly added = new Set<ActionColumnId>();

  constructor(existingHeader: string[], knownPositions: ReadonlyMap<string, number>) {
    this.header = [...existingHeader];
    // A column the ownership names place (moved or renamed by the user) is ours wherever it now sits.
    for (const column of ACTION_TRACKER_COLUMNS) {
      const at = knownPositions.get(column.id);
      if (at !== undefined && at >= 0 && at < existingHeader.length && ![...this.position.values()].includes(at)) this.position.set(column.id, at);
    }
    existingHeader.forEach((text, index) => {
      if ([...this.position.values()].includes(index)) return;
      const column = ACTION_TRACKER_COLUMNS.find((c) => c.header.toLowerCase() === text.trim().toLowerCase());
      if (column !== undefined && !this.position.has(column.id)) this.position.set(column.id, index);
    });
    for (const column of ACTION_TRACKER_COLUMNS) {
      if (this.position.has(column.id)) continue;
      this.position.set(column.id, this.header.length);
      this.header.push(column.header);
      this.added.add(column.id);
    }
  }

  at(id: ActionColumnId): number {
    return this.position.get(id) as number;
  }

  /** Each of our columns' 0-based position in the header. */
  positions(): Record<ActionColumnId, number> {
    return Object.fromEntries(ACTION_TRACKER_COLUMNS.map((column) => [column.id, this.at(column.id)])) as Record<ActionColumnId, number>;
  }

  get(row: Row, id: ActionColumnId): TrackerValue {
    return row[this.at(id)] ?? null;
  }

  text(row: Row, id: ActionColumnId): string {
    return trackerText(this.get(row, id));
  }

  date(row: Row, id: ActionColumnId): ExcelSerialDate | null {
    const value = this.get(row, id);
    return value !== null && typeof value === "object" ? Math.floor(value.serialDate) : null;
  }

  set(row: Row, id: ActionColumnId, value: TrackerValue): void {
    row[this.at(id)] = value;
  }

  /** A row of ours from a proposal, every one of our columns filled. */
  rowOf(action: ProposedAction, actionId: string, key: string, notes: string | null): Row {
    const row: Row = this.header.map(() => null);
    const values: Record<ActionColumnId, TrackerValue> = {
      actionId,
      audit: action.audit,
      dimension: action.dimension,
      group: action.group,
      groupStatus: action.groupStatus,
      concern: action.concern,
      evidence: action.evidence,
      earlyWarningSigns: action.earlyWarningSigns,
      suggestedAction: action.suggestedAction,
      ownerRole: action.ownerRole,
      reviewCadence: action.reviewCadence,
      opened: { serialDate: action.opened },
      due: { serialDate: action.due },
      nextReview: { serialDate: action.nextReview },
      status: action.status,
      timesCarriedForward: action.timesCarriedForward,
      escalationLevel: action.escalationLevel,
      notes: notes ?? (action.notes === "" ? null : action.notes),
      lastUpdated: { serialDate: action.lastUpdated },
      key,
    };
    for (const column of ACTION_TRACKER_COLUMNS) this.set(row, column.id, values[column.id]);
    return row;
  }
}

function rollForward(from: ExcelSerialDate, cadence: string, asOf: ExcelSerialDate): ExcelSerialDate {
  let next = nextCadenceDate(from, cadence);
  while (next < asOf) next = nextCadenceDate(next, cadence);
  return next;
}

function escalationRank(text: string, roles: readonly string[]): number {
  const lower = text.trim().toLowerCase();
  if (lower === "" || lower === NOT_ESCALATED.toLowerCase()) return 0;
  const index = roles.findIndex((role) => role.toLowerCase() === lower);
  return index < 0 ? -1 : index + 1;
}

function carriesOf(value: TrackerValue): number {
  const count = typeof value === "number" ? value : Number(trackerText(value));
  return Number.isFinite(count) && count > 0 ? Math.floor(count) : 0;
}

/** Refreshes a row of ours whose group is in the latest analysis (see mergeActionTracker). */
function refresh(layout: Layout, row: Row, update: GroupUpdate, proposal: ProposedAction | undefined, proposals: ActionProposals, asOf: ExcelSerialDate): void {
  for (const id of ["audit", "dimension", "group"] as const) if (layout.text(row, id) === "") layout.set(row, id, update[id]);
  layout.set(row, "groupStatus", update.groupStatus);
  layout.set(row, "concern", update.concern);
  layout.set(row, "evidence", update.evidence);
  if (proposal !== undefined) {
    for (const id of layout.added) {
      if (layout.text(row, id) !== "") continue;
      const value = layout.rowOf(proposal, "", "", null)[layout.at(id)];
      if (id !== "actionId" && id !== "key") layout.set(row, id, value);
    }
  }

  const typedStatus = layout.text(row, "status");
  const status = canonicalStatus(typedStatus);
  const cadence = layout.text(row, "reviewCadence") || proposal?.reviewCadence || defaultCadence;
  let carries = carriesOf(layout.get(row, "timesCarriedForward"));
  const typedByUser = status === null && typedStatus !== "";
  if (status !== "Ready to close") {
    // A status the user invented ("On hold") is theirs: suggest closing in the signs instead.
    if (update.readyToClose && !typedByUser) {
      layout.set(row, "status", "Ready to close");
    } else if (update.needsAction) {
      const due = layout.date(row, "due");
      if (due !== null && due < asOf) {
        carries += 1;
        layout.set(row, "due", { serialDate: rollForward(due, cadence, asOf) });
      }
    }
  }
  layout.set(row, "timesCarriedForward", carries);

  const roles = proposals.ownerRoles.escalation;
  const computed = escalationLevelFor(carries, proposals.ownerRoles, proposals.carriesPerEscalation);
  const typedEscalation = layout.text(row, "escalationLevel");
  const typedRank = escalationRank(typedEscalation, roles);
  // Escalation only goes up; a level a user typed that we do not know is kept until ours passes none.
  if (escalationRank(computed, roles) > typedRank && !(typedRank < 0 && computed === NOT_ESCALATED)) layout.set(row, "escalationLevel", computed);
  else if (typedEscalation === "") layout.set(row, "escalationLevel", NOT_ESCALATED);

  const nextReview = layout.date(row, "nextReview");
  if (nextReview === null && layout.text(row, "nextReview") === "") layout.set(row, "nextReview", { serialDate: nextCadenceDate(asOf, cadence) });
  else if (nextReview !== null && nextReview < asOf) layout.set(row, "nextReview", { serialDate: rollForward(nextReview, cadence, asOf) });

  const signs = [update.earlyWarningSigns];
  if (carries > 0) signs.push(`Action carried forward ${carries} time${carries === 1 ? "" : "s"}.`);
  if (status === "Ready to close" && update.needsAction && !update.readyToClose) signs.push("Marked ready to close, but the latest evidence still needs action.");
  if (typedByUser && update.readyToClose) signs.push("The group has met the target for long enough to be ready to close.");
  layout.set(row, "earlyWarningSigns", signs.join(" "));
  layout.set(row, "lastUpdated", { serialDate: asOf });
}

function trackedActionOf(layout: Layout, row: Row, knownKeys: ReadonlySet<string>): TrackedAction | null {
  const action = layout.text(row, "suggestedAction");
  const group = layout.text(row, "group");
  const actionId = layout.text(row, "actionId");
  if (action === "" && group === "" && actionId === "") return null;
  const key = layout.text(row, "key");
  return {
    key: key !== "" && knownKeys.has(key) ? key : null,
    actionId,
    audit: layout.text(row, "audit"),
    dimension: layout.text(row, "dimension"),
    group,
    action,
    ownerRole: layout.text(row, "ownerRole"),
    due: layout.date(row, "due"),
    nextReview: layout.date(row, "nextReview"),
    status: canonicalStatus(layout.text(row, "status")) ?? layout.text(row, "status"),
    timesCarriedForward: carriesOf(layout.get(row, "timesCarriedForward")),
    escalationLevel: layout.text(row, "escalationLevel"),
  };
}

/**
 * Merges this run's proposals into the Action Tracker as read from the sheet (header row included,
 * anything above it kept above it). Re-running never overwrites what people wrote:
 *
 * - Rows are matched by the hidden Key column (analysis + dimension + group). Columns are found by
 *   header, so moved columns stay where the user put them, and columns users added are kept in place.
 * - Kept: the action, owner, cadence, dates, status and notes users typed, the Action ID, and every
 *   row users added by hand or whose group is not in this analysis (left exactly as it was).
 * - Refreshed on every row whose group is in the analysis: group status, concern, evidence, early
 *   warning signs, last updated.
 * - An action past its due date whose group still needs action is carried forward: the count goes up
 *   by one and the due date moves on by the review cadence until it is on or after the as-of date.
 *   After every `carriesPerEscalation` (2) carries the escalation level steps up the roles (registered
 *   manager, then provider oversight); it never steps down. An overdue next review moves on the same way.
 * - A group that has met the target for the last `periodsToClose` periods gets "Ready to close"; the
 *   add-in never sets "Closed".
 * - "Closed" is the user's decision and is final: a closed row is never reopened or changed. If its
 *   group still needs action, a follow-on action is added with a new Action ID and a note naming the
 *   closed one, because an open concern needs an open action.
 * - New groups needing action get new rows at the end, numbered after the highest Action ID present.
 * - Blank rows are dropped from `rows`; `placement` says where every row sits on the sheet read (and
 *   which rows are new), so a refresh can edit the sheet in place (core/sheets/ownership).
 * - An action whose row the user deleted (its group key `wasIssued` and no row carries it) is
 *   dismissed: it is not added again while its group still needs action (`dismissedKeys`). Once the
 *   group no longer needs action its key is withdrawn, so a later relapse gets a new action.
 * - Our columns are found first where `ownership.columns` places them (a column the user renamed or
 *   moved), then by heading.
 *
 * Idempotent: merging the same proposals twice on the same as-of date gives the same table. Pure;
 * never throws.
 *
 * @example
 * mergeActionTracker([], { asOf: 46084, ownerRoles: DEFAULT_OWNER_ROLES, carriesPerEscalation: 2, actions: [], updates: [] }, 46084).header[0];
 * // => "Action ID"
 */
export function mergeActionTracker(
  existingRows: readonly (readonly CellValue[])[],
  proposals: ActionProposals,
  asOf: ExcelSerialDate,
  ownership: TrackerOwnershipHints = {},
): ActionTrackerTable {
  const today = Math.floor(asOf);
  const namedHeaderRow = ownership.headerRow ?? null;
  const headerIndex =
    namedHeaderRow !== null && namedHeaderRow >= 1 && namedHeaderRow <= existingRows.length
      ? namedHeaderRow - 1
      : existingRows.findIndex((row) => row.some((v) => typeof v === "string" && v.trim().toLowerCase() === "action id"));
  const dataIndexes = existingRows.map((_, index) => index).filter((index) => index > headerIndex && !isBlankRow(existingRows[index]));
  const dataRows = dataIndexes.map((index) => existingRows[index]);
  const preambleRows = headerIndex < 0 ? [] : existingRows.slice(0, headerIndex).filter((row) => !isBlankRow(row));

  const rawHeader = headerIndex < 0 ? [] : existingRows[headerIndex].map((v) => trackerText(toTrackerValue(v, false)));
  // The header is as wide as its last heading or the last value below it, whichever is further right.
  const lastUsed = Math.max(
    rawHeader.reduce((last, text, index) => (text === "" ? last : index), -1),
    ...dataRows.map((row) => row.reduce<number>((last, v, index) => (isBlankRow([v]) ? last : index), -1)),
  );
  const layout = new Layout(rawHeader.slice(0, lastUsed + 1).concat(Array<string>(Math.max(0, lastUsed + 1 - rawHeader.length)).fill("")), ownership.columns ?? new Map());
  const width = layout.header.length;
  const dateAt = new Set(ACTION_TRACKER_COLUMNS.filter((c) => dateColumns.has(c.id)).map((c) => layout.at(c.id)));
  const rows: Row[] = dataRows.map((cells) => Array.from({ length: width }, (_, index) => toTrackerValue(cells[index], dateAt.has(index))));
  const preamble = preambleRows.map((cells) => cells.map((v) => toTrackerValue(v, false)));

  const updates = new Map(proposals.updates.map((u) => [u.key, u]));
  const actionsByKey = new Map(proposals.actions.map((a) => [a.key, a]));
  let highestId = 0;
  const rowsByBaseKey = new Map<string, number[]>();
  const seenKeys = new Set<string>();
  rows.forEach((row, index) => {
    const id = actionIdPattern.exec(layout.text(row, "actionId"));
    if (id !== null) highestId = Math.max(highestId, Number(id[1]));
    const key = layout.text(row, "key");
    // A copied row repeats a key: only its first row is ours, the copies are the user's.
    if (key === "" || seenKeys.has(key) || !updates.has(baseKeyOf(key))) return;
    seenKeys.add(key);
    const base = baseKeyOf(key);
    rowsByBaseKey.set(base, [...(rowsByBaseKey.get(base) ?? []), index]);
  });

  for (const [base, indexes] of rowsByBaseKey) {
    const active = indexes.filter((index) => canonicalStatus(layout.text(rows[index], "status")) !== "Closed").pop();
    if (active !== undefined) refresh(layout, rows[active], updates.get(base) as GroupUpdate, actionsByKey.get(base), proposals, today);
  }

  const sheetRows: (number | null)[] = dataIndexes.map((index) => index + 1);
  const dismissed: string[] = [];
  for (const action of proposals.actions) {
    const existing = rowsByBaseKey.get(action.key);
    if (existing === undefined) {
      // Issued before and no longer in the tracker: the user deleted the row, so the action is dismissed.
      if (ownership.wasIssued?.(action.key) === true) {
        dismissed.push(action.key);
        continue;
      }
      highestId += 1;
      sheetRows.push(null);
      rows.push(layout.rowOf(action, formatActionId(highestId), action.key, null));
      continue;
    }
    const allClosed = existing.every((index) => canonicalStatus(layout.text(rows[index], "status")) === "Closed");
    if (!allClosed) continue;
    highestId += 1;
    const closedIds = existing.map((index) => layout.text(rows[index], "actionId")).filter((id) => id !== "");
    const note = `Follows ${closedIds.join(", ") || "an earlier action"}, closed while the concern remained.`;
    rows.push(layout.rowOf(action, formatActionId(highestId), `${action.key}${followOnMarker}${existing.length + 1}`, note));
    sheetRows.push(null);
  }

  const knownKeys = new Set(rows.map((row) => layout.text(row, "key")).filter((key) => key !== "" && updates.has(baseKeyOf(key))));
  const actions = rows.map((row) => trackedActionOf(layout, row, knownKeys)).filter((a): a is TrackedAction => a !== null);
  const inTracker = new Set(rows.map((row) => baseKeyOf(layout.text(row, "key"))));
  const issuedKeys = proposals.actions.map((action) => action.key).filter((key) => inTracker.has(key) || dismissed.includes(key));
  return {
    preamble,
    header: layout.header,
    rows,
    actions,
    placement: { headerRow: headerIndex < 0 ? null : headerIndex + 1, sheetRows, columns: layout.positions(), addedColumns: [...layout.added] },
    issuedKeys,
    dismissedKeys: dismissed,
  };
}

/** What the ownership names tell the merge about the tracker as it stands (see core/sheets/ownership). */
export interface TrackerOwnershipHints {
  /** 1-based sheet row of the header, when a name records it. */
  headerRow?: number;
  /** Our columns' 0-based positions, from the names, for columns the user moved or renamed. */
  columns?: ReadonlyMap<string, number>;
  /** True when an action for this group key was put in the tracker on an earlier run and not withdrawn since. */
  wasIssued?: (key: string) => boolean;
}
